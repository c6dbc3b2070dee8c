/**
 * The front page: totals by type and year, the latest incidents, where the data comes
 * from and how much of each place and year it covers, and the way into every view.
 */
package org.incidentatlas.overview;
