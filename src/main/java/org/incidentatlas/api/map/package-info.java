/**
 * The map's data: clusters and incidents for a viewport, and the incidents at one spot.
 */
package org.incidentatlas.api.map;
