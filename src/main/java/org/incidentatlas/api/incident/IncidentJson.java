package org.incidentatlas.api.incident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.incident.IncidentView;
import org.incidentatlas.time.DateRange;

/**
 * An incident on the wire. {@code killed} and {@code injured} are null when the sources
 * do not say, which is not the same as 0. {@code date} spans every day the incident may
 * have happened on, at its precision: a YEAR date is the whole year. {@code summary} and
 * {@code sourceNote} (what the sources disagree about; null when they agree) are in
 * English; {@code summaries} and {@code sourceNotes} hold them in every language written,
 * by language code. {@code subtype}, {@code target} and {@code timeOfDay} are the coding
 * trackers use, null when not reported. {@code earlierAtSameStreet} (repeat targets) is
 * given for one incident only, not in lists.
 */
record IncidentJson(long id, String type, String family, DateJson date, PlaceJson place, Integer killed,
		Integer injured, String summary, List<SourceJson> sources, List<VictimJson> victims, List<String> groups,
		String url, Map<String, String> summaries, String sourceNote, Map<String, String> sourceNotes, String subtype,
		String target, TimeJson timeOfDay,
		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) List<EarlierJson> earlierAtSameStreet) {

	/**
	 * When in the day: {@code part} (night, morning, afternoon, evening), {@code time}
	 * ("03:15"; null when only the part is known) and {@code precision} (minute, hour or
	 * part_of_day).
	 */
	record TimeJson(String part, String time, String precision) {

		static TimeJson of(org.incidentatlas.incident.ReportedTime t) {
			return t == null ? null
					: new TimeJson(t.part().token(),
							t.time() == null ? null : "%02d:%02d".formatted(t.time().getHour(), t.time().getMinute()),
							t.precision().name().toLowerCase());
		}

	}

	/**
	 * An earlier incident at the same street; {@code sameAddress} when at the same house
	 * number.
	 */
	record EarlierJson(long id, String type, DateJson date, boolean sameAddress, String url) {

		static EarlierJson of(org.incidentatlas.incident.IncidentQueries.EarlierAttack e) {
			return new EarlierJson(e.id(), e.type().token(), DateJson.of(e.date()), e.sameAddress(),
					"/incidents/" + e.id());
		}

	}

	IncidentJson withEarlier(List<org.incidentatlas.incident.IncidentQueries.EarlierAttack> earlier) {
		return new IncidentJson(id, type, family, date, place, killed, injured, summary, sources, victims, groups, url,
				summaries, sourceNote, sourceNotes, subtype, target, timeOfDay,
				earlier.stream().map(EarlierJson::of).toList());
	}

	static IncidentJson of(IncidentView v) {
		Map<String, String> summaries = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		summaries.put("en", v.summary());
		if (v.sourceNote() != null) {
			notes.put("en", v.sourceNote());
		}
		new java.util.TreeMap<>(v.translations()).forEach((language, text) -> {
			summaries.put(language, text.summary());
			if (text.sourceNote() != null) {
				notes.put(language, text.sourceNote());
			}
		});
		var l = v.location();
		return new IncidentJson(v.id(), v.type().token(), v.type().family().name().toLowerCase(), DateJson.of(v.date()),
				new PlaceJson(l.countryCode(), l.country(), l.region(), l.city(), l.district(), l.street(),
						l.locality(), l.latitude(), l.longitude(), l.precision().token(), l.hidden()),
				v.killed(), v.injured(), v.summary(), v.sources().stream().map(SourceJson::of).toList(),
				v.victims().stream().map(VictimJson::of).toList(),
				v.actors().stream().map(IncidentView.ActorView::name).toList(), "/incidents/" + v.id(), summaries,
				v.sourceNote(), notes, v.coding().subtype() == null ? null : v.coding().subtype().token(),
				v.coding().target() == null ? null : v.coding().target().token(), TimeJson.of(v.coding().time()), null);
	}

	record DateJson(LocalDate from, LocalDate to, String precision, String label) {

		static DateJson of(DateRange d) {
			return new DateJson(d.from(), d.to(), d.precision().token(),
					d.label(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}

	}

	/**
	 * {@code lat}/{@code lon} are at {@code precision}; "city" or coarser means a
	 * centroid, not the scene.
	 */
	record PlaceJson(String countryCode, String country, String region, String city, String district, String street,
			String locality, Double lat, Double lon, String precision, boolean locationHidden) {
	}

	/**
	 * {@code url} is the article itself when known; {@code page} is its page in the
	 * atlas.
	 */
	record SourceJson(long id, String title, String publisher, String url, String page, DateJson published,
			String language) {

		static SourceJson of(IncidentView.SourceView s) {
			return new SourceJson(s.articleId(), s.title(), s.publisher(), s.safeUrl(), "/articles/" + s.articleId(),
					DateJson.of(s.published()), s.language());
		}

	}

	record VictimJson(Integer age, String gender, Boolean minor, String outcome, String description) {

		static VictimJson of(IncidentView.VictimView v) {
			return new VictimJson(v.age(), v.gender().name().toLowerCase(), v.minor(), v.outcome().name().toLowerCase(),
					v.description());
		}

	}

}
