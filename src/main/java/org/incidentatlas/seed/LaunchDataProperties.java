package org.incidentatlas.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the launch incidents at start-up; a deployment with its own data can switch this off
 * @param location the launch data file
 */
@ConfigurationProperties("atlas.launch-data")
record LaunchDataProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:db/seed/launch-data.json") String location) {
}
