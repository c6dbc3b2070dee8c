/**
 * The incident map that journalists open first, and its bare version for embedding in
 * articles.
 */
package org.incidentatlas.map;
