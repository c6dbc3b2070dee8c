/**
 * The JSON API under {@code /api/**}, one package per resource as in spring.io's webapi,
 * with what they share here: problem details (RFC 9457), cached answers, CSV, paging,
 * idempotent writes.
 */
package org.incidentatlas.api;
