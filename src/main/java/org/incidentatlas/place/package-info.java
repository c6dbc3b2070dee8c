/**
 * The gazetteer: places of Belgium and the Netherlands, their names in four languages,
 * and their hierarchy.
 */
package org.incidentatlas.place;
