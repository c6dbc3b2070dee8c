package org.incidentatlas.reading;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.incidentatlas.extraction.Evidence;
import org.incidentatlas.extraction.ExtractedPlace;
import org.incidentatlas.extraction.Extraction;
import org.incidentatlas.extraction.ProposedEnforcement;
import org.incidentatlas.extraction.ProposedIncident;
import org.incidentatlas.extraction.ProposedStatistic;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.time.DateRange;

/**
 * The JSON other tools read from {@code POST /api/extract} and from {@code extract} on
 * the command line. Its shape is fixed; change it only with them. {@code truncated} is
 * true when the answer was bounded (see {@link Bounds}) and holds less than the extractor
 * proposed.
 */
public record ExtractionJson(String language, List<IncidentJson> incidents, List<EnforcementJson> enforcement,
		List<StatisticJson> statistics, boolean truncated) {

	/**
	 * How much one answer may hold, so that a long text cannot answer with megabytes.
	 *
	 * @param proposals incidents, enforcement events and statistics, each
	 * @param evidence passages per proposal
	 * @param evidenceChars characters per passage; a longer one keeps its start and ends
	 * there
	 */
	public record Bounds(int proposals, int evidence, int evidenceChars) {

		static final Bounds NONE = new Bounds(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

	}

	public record DateJson(String from, String to, String precision) {

		static DateJson of(DateRange range) {
			return range == null || !range.isKnown() ? null
					: new DateJson(range.from().toString(), range.to().toString(), range.precision().token());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record PlaceJson(String country, String region, String city, String district, String street, Double lat,
			Double lon, String precision) {

		static PlaceJson of(ExtractedPlace p) {
			return new PlaceJson(p.country(), p.region(), p.city(), p.district(), p.street(), p.latitude(),
					p.longitude(), p.precision().token());
		}

	}

	public record EvidenceJson(int start, int end, String text) {

		static List<EvidenceJson> of(List<Evidence> evidence, Bounds bounds, boolean[] truncated) {
			List<EvidenceJson> out = new java.util.ArrayList<>();
			for (Evidence e : evidence) {
				if (out.size() == bounds.evidence()) {
					truncated[0] = true;
					break;
				}
				if (e.text().length() > bounds.evidenceChars()) {
					truncated[0] = true;
					int cut = bounds.evidenceChars();
					if (cut > 0 && Character.isHighSurrogate(e.text().charAt(cut - 1))) {
						cut--; // never half a character
					}
					out.add(new EvidenceJson(e.start(), e.start() + cut, e.text().substring(0, cut)));
				}
				else {
					out.add(new EvidenceJson(e.start(), e.end(), e.text()));
				}
			}
			return out;
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record IncidentJson(String type, DateJson date, PlaceJson place, Integer killed, Integer injured,
			List<Integer> victimAges, List<EvidenceJson> evidence, double confidence) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record EnforcementJson(String type, DateJson date, PlaceJson place, List<EvidenceJson> evidence,
			double confidence) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record StatisticJson(String place, String country, DateJson period, String metric, BigDecimal value,
			String qualifier, List<EvidenceJson> evidence) {
	}

	/** Everything the extractor proposed. */
	public static ExtractionJson of(Extraction extraction) {
		return of(extraction, Bounds.NONE);
	}

	/**
	 * At most {@code bounds} of it; {@code truncated} says whether anything was left out.
	 */
	public static ExtractionJson of(Extraction extraction, Bounds bounds) {
		boolean[] truncated = { false };
		return new ExtractionJson(extraction.language().token(),
				first(extraction.incidents(), bounds, truncated).stream()
					.map(i -> incident(i, bounds, truncated))
					.toList(),
				first(extraction.enforcement(), bounds, truncated).stream()
					.map(e -> enforcement(e, bounds, truncated))
					.toList(),
				first(extraction.statistics(), bounds, truncated).stream()
					.map(st -> statistic(st, bounds, truncated))
					.toList(),
				truncated[0]);
	}

	private static <T> List<T> first(List<T> all, Bounds bounds, boolean[] truncated) {
		if (all.size() <= bounds.proposals()) {
			return all;
		}
		truncated[0] = true;
		return all.subList(0, bounds.proposals());
	}

	private static IncidentJson incident(ProposedIncident i, Bounds bounds, boolean[] truncated) {
		return new IncidentJson(i.type().token(), DateJson.of(i.date()), PlaceJson.of(i.place()), i.killed(),
				i.injured(), i.victimAges(), EvidenceJson.of(i.evidence(), bounds, truncated), i.confidence());
	}

	private static EnforcementJson enforcement(ProposedEnforcement e, Bounds bounds, boolean[] truncated) {
		return new EnforcementJson(e.type().token(), DateJson.of(e.date()), PlaceJson.of(e.place()),
				EvidenceJson.of(e.evidence(), bounds, truncated), e.confidence());
	}

	private static StatisticJson statistic(ProposedStatistic s, Bounds bounds, boolean[] truncated) {
		return new StatisticJson(s.place(), s.country(), DateJson.of(s.period()), s.metric().token(), s.value(),
				s.qualifier() == Qualifier.EXACT ? null : s.qualifier().name().toLowerCase(java.util.Locale.ROOT),
				EvidenceJson.of(s.evidence(), bounds, truncated));
	}

}
