/** The launch data: incidents, enforcement events and statistics from the launch articles, loaded at start-up unless switched off. */
package org.incidentatlas.seed;
