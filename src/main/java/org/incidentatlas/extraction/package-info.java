/**
 * Reading news articles: the plain-Java engine that proposes incidents, enforcement
 * events and reported statistics from an article's text, each with the passages that
 * support it. It uses no Spring, no database and no I/O; the gazetteer reaches it as a
 * {@link org.incidentatlas.place.PlaceCatalog}. A person reviews every proposal before
 * anything is published.
 */
package org.incidentatlas.extraction;
