package org.incidentatlas.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.incidentatlas.extraction.CasualtyRules;
import org.incidentatlas.extraction.Coding;
import org.incidentatlas.extraction.DateRules;
import org.incidentatlas.extraction.EventRules;
import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.extraction.Language;
import org.incidentatlas.extraction.NumberRules;
import org.incidentatlas.extraction.ExtractionRules;
import org.incidentatlas.extraction.PlaceRules;
import org.incidentatlas.extraction.SentenceRules;
import org.incidentatlas.extraction.StatisticRules;
import org.incidentatlas.place.PlaceCatalog;

/**
 * The extraction rules shipped in the jar ({@code extraction/<language>/*.txt}), read for
 * the extractor, which does no I/O.
 */
public final class ExtractionRuleFiles {

	private ExtractionRuleFiles() {
	}

	/**
	 * The event rules of every language, from {@code extraction/<language>/events.txt}.
	 */
	public static EventRules events() {
		return EventRules.parse(read("events.txt"));
	}

	/** An extractor with every rule shipped in the jar. */
	public static Extractor extractor(PlaceCatalog places, Set<String> countries) {
		return new Extractor(places, countries, rules());
	}

	/** Every rule file shipped in the jar, for every language. */
	public static ExtractionRules rules() {
		return new ExtractionRules(statistics(), events(), coding(), dates(), casualties(), places(), sentences());
	}

	/**
	 * The place rules of every language (origin and province words, adjectives that name
	 * a city), from {@code extraction/<language>/places.txt}.
	 */
	public static PlaceRules places() {
		return PlaceRules.parse(read("places.txt"));
	}

	/**
	 * The coding hints of every language (sub-type, target, time of day), from
	 * {@code extraction/<language>/coding.txt}.
	 */
	public static Coding coding() {
		return Coding.parse(read("coding.txt"));
	}

	/**
	 * The date rules of every language (names, patterns and their resolvers), from
	 * {@code extraction/<language>/dates.txt}.
	 */
	public static DateRules dates() {
		return DateRules.parse(read("dates.txt"));
	}

	/**
	 * The casualty rules of every language (killed, injured, ages), from
	 * {@code extraction/<language>/casualties.txt}.
	 */
	public static CasualtyRules casualties() {
		return CasualtyRules.parse(read("casualties.txt"));
	}

	/**
	 * The number words of every language (cardinals, round figures, ordinals), from
	 * {@code extraction/<language>/numbers.txt}.
	 */
	public static NumberRules numbers() {
		return NumberRules.parse(read("numbers.txt"));
	}

	/**
	 * The text of every {@code numbers.txt}, for the extraction package's number reader,
	 * which loads it through {@link java.util.ServiceLoader} when it is first used
	 * (registered in {@code META-INF/services}): numbers are read by every rule file's
	 * patterns, before any of them is parsed.
	 */
	public static final class NumberFiles implements NumberRules.Source {

		@Override
		public Map<Language, String> files() {
			return read("numbers.txt");
		}

	}

	/**
	 * The abbreviations and story breaks of every language, from
	 * {@code extraction/<language>/sentences.txt}.
	 */
	public static SentenceRules sentences() {
		return SentenceRules.parse(read("sentences.txt"));
	}

	private static Map<Language, String> read(String name) {
		Map<Language, String> files = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			String path = "extraction/" + language.token() + "/" + name;
			try (InputStream in = ExtractionRuleFiles.class.getClassLoader().getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("no " + path + " on the class path");
				}
				files.put(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	/**
	 * The statistic rules of every language, from
	 * {@code extraction/<language>/statistics.txt}.
	 */
	public static StatisticRules statistics() {
		return StatisticRules.parse(read("statistics.txt"));
	}

}
