/** Incidents over JSON: the list, one incident, the changes feed, and editors' writes. */
package org.incidentatlas.api.incident;
