/** The front page: totals by type and year, the latest incidents, and the way into every view. */
package org.incidentatlas.overview;
