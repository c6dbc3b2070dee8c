/**
 * The launch data: incidents, enforcement events and statistics from the launch articles
 * and the development corpus's articles, each linked to its source, loaded at start-up
 * unless switched off.
 */
package org.incidentatlas.seed;
