package org.incidentatlas.reading;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.place.Gazetteer;

/** One extractor for the whole application, built on the gazetteer in memory. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	@Bean
	Extractor extractor(Gazetteer gazetteer, ExtractionProperties properties) {
		return ExtractionRuleFiles.extractor(gazetteer.catalog(), properties.countries());
	}

	/**
	 * @param countries the countries whose events become incident proposals (default BE
	 * and NL)
	 */
	@ConfigurationProperties("atlas.extraction")
	record ExtractionProperties(Set<String> countries) {

		ExtractionProperties {
			countries = countries == null || countries.isEmpty() ? Set.of("BE", "NL") : Set.copyOf(countries);
		}

	}

}
