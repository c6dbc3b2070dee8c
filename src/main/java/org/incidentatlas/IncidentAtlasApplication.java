package org.incidentatlas;

import java.time.Clock;

import org.incidentatlas.reading.ReadingCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Incident Atlas: a sourced record of drug-related violence in Belgium and the
 * Netherlands.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IncidentAtlasApplication {

	public static void main(String[] args) {
		if (ReadingCommands.handles(args)) {
			System.exit(ReadingCommands.run(args, System.out, System.err));
		}
		SpringApplication.run(IncidentAtlasApplication.class, args);
	}

	/**
	 * The one source of "now", so that time-dependent rules can be tested at a chosen
	 * instant.
	 */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
