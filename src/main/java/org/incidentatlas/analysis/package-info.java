/**
 * What analysts work in: the timeline and the place × year table of recorded incidents,
 * beside the reported figures.
 */
package org.incidentatlas.analysis;
