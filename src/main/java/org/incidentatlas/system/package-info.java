/**
 * Cross-cutting infrastructure: the embedded PostgreSQL server, configuration and error
 * pages.
 */
package org.incidentatlas.system;
