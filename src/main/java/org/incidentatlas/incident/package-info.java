/**
 * Incidents: the violent and enforcement events on record, their filters, list and detail
 * pages.
 */
package org.incidentatlas.incident;
