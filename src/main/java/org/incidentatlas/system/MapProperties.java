package org.incidentatlas.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base map. A newsroom running its own tile server points these at it.
 *
 * @param tileUrl the Leaflet tile URL template
 * @param attribution the attribution the tile provider requires, shown on every map
 */
@ConfigurationProperties("atlas.map")
public record MapProperties(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
		@DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors") String attribution) {
}
