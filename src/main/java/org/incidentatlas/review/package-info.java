/**
 * Reviewing articles: editors submit an article (pasted, or a .txt or .html file), the
 * extractor's proposals wait in a queue, and each is accepted (as proposed, corrected, or
 * as a new source of an existing incident) or rejected, with the decision kept apart from
 * what was proposed.
 */
package org.incidentatlas.review;
