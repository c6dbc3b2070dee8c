/** Reported statistics: aggregate figures that sources publish ("Brussels 2024: 92 shootings"), kept apart from incidents. */
package org.incidentatlas.statistic;
