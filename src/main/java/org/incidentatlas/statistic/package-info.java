/**
 * Reported statistics: figures sources give for a place and period ("Brussels 2024: 92
 * shootings"), with their sources.
 */
package org.incidentatlas.statistic;
