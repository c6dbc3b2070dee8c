/**
 * Articles and proposals over JSON, for editors: submit, search, read, accept, reject.
 */
package org.incidentatlas.api.review;
