/**
 * The extraction engine put to work: the shared
 * {@link org.incidentatlas.extraction.Extractor} bean, {@code POST /api/extract}, and the
 * {@code extract} and {@code evaluate} commands of the jar.
 */
package org.incidentatlas.reading;
