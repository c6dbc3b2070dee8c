/**
 * Downloads of every matching incident: GeoJSON, CSV and JSON, streamed, bounded and
 * never cut short silently.
 */
package org.incidentatlas.api.export;
