/** The timeline and the place × year table as JSON and CSV. */
package org.incidentatlas.api.analysis;
