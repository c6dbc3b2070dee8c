package org.incidentatlas.seed;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the launch incidents at start-up; a deployment with its own data
 * can switch this off
 * @param locations the launch data files, read in this order; a location may be a pattern
 * ({@code classpath*:dir/*.json})
 */
@ConfigurationProperties("atlas.launch-data")
record LaunchDataProperties(@DefaultValue("true") boolean enabled, @DefaultValue( {
		"classpath:db/seed/launch-data.json", "classpath*:db/seed/dev-corpus/*.json" }) List<String> locations){
}
