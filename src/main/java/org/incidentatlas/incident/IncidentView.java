package org.incidentatlas.incident;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.incidentatlas.article.WebAddress;
import org.incidentatlas.time.DateRange;

/**
 * A published incident as readers see it, with its location already reduced to what is
 * public.
 *
 * @param summary in English, as editors write it
 * @param sourceNote in English: what the sources disagree about, or null when they agree
 * @param translations the summary and source note in other languages, by language code
 */
public record IncidentView(long id, IncidentType type, DateRange date, Location location, Integer killed,
		Integer injured, String summary, List<SourceView> sources, List<VictimView> victims, List<ActorView> actors,
		Instant updatedAt, IncidentStatus status, String retractionReason, String sourceNote,
		Map<String, Translation> translations, Coding coding) {

	/**
	 * The coding trackers use; each part null when the sources do not say.
	 *
	 * @param time when in the day, at the precision the sources give
	 */
	public record Coding(IncidentSubtype subtype, IncidentTarget target, ReportedTime time) {

		public static final Coding NONE = new Coding(null, null, null);

		public boolean isEmpty() {
			return subtype == null && target == null && time == null;
		}

	}

	/** The summary in the reader's language when there is one, in English otherwise. */
	public String summaryIn(Locale locale) {
		Translation translation = translations.get(locale.getLanguage());
		return translation == null ? summary : translation.summary();
	}

	/**
	 * The source note in the reader's language when there is one, in English otherwise;
	 * null when the sources agree.
	 */
	public String sourceNoteIn(Locale locale) {
		Translation translation = translations.get(locale.getLanguage());
		return translation == null || translation.sourceNote() == null ? sourceNote : translation.sourceNote();
	}

	/**
	 * Whether the summary shown for {@code locale} is in that language, rather than the
	 * English fallback.
	 */
	public boolean hasSummaryIn(Locale locale) {
		return locale.getLanguage().equals("en") || translations.containsKey(locale.getLanguage());
	}

	public record Translation(String summary, String sourceNote) {
	}

	/**
	 * Where, as far as it is known and public. Names are in English; coordinates are at
	 * {@code precision}, which for CITY or coarser is a centroid and not the scene.
	 */
	public record Location(String countryCode, String country, String region, String city, String district,
			String street, String locality, Double latitude, Double longitude, GeoPrecision precision, boolean hidden) {

		/** "Merksem, Antwerp, Belgium": the most specific parts first. */
		public String label() {
			return String.join(", ",
					java.util.stream.Stream
						.of(street, locality, district, city, city == null && district == null ? region : null, country)
						.filter(s -> s != null && !s.isBlank())
						.toList());
		}

	}

	public record SourceView(long articleId, String title, String publisher, String url, DateRange published,
			String language, Integer evidenceStart, Integer evidenceEnd) {

		/**
		 * Only an http(s) address is ever rendered as a link: never javascript: or data:.
		 */
		public String safeUrl() {
			return WebAddress.linkOrNull(url);
		}

	}

	public record VictimView(Integer age, Gender gender, Boolean minor, VictimOutcome outcome, String description) {
	}

	public record ActorView(String name, Actor.Role role) {
	}

}
