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
 * The JSON other tools read from {@code POST /api/extract} and from {@code extract} on the
 * command line. Its shape is fixed; change it only with them.
 */
public record ExtractionJson(String language, List<IncidentJson> incidents, List<EnforcementJson> enforcement,
		List<StatisticJson> statistics) {

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
			return new PlaceJson(p.country(), p.region(), p.city(), p.district(), p.street(), p.latitude(), p.longitude(),
					p.precision().token());
		}

	}

	public record EvidenceJson(int start, int end, String text) {

		static List<EvidenceJson> of(List<Evidence> evidence) {
			return evidence.stream().map(e -> new EvidenceJson(e.start(), e.end(), e.text())).toList();
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

	public static ExtractionJson of(Extraction extraction) {
		return new ExtractionJson(extraction.language().token(),
				extraction.incidents().stream().map(ExtractionJson::incident).toList(),
				extraction.enforcement().stream().map(ExtractionJson::enforcement).toList(),
				extraction.statistics().stream().map(ExtractionJson::statistic).toList());
	}

	private static IncidentJson incident(ProposedIncident i) {
		return new IncidentJson(i.type().token(), DateJson.of(i.date()), PlaceJson.of(i.place()), i.killed(), i.injured(),
				i.victimAges(), EvidenceJson.of(i.evidence()), i.confidence());
	}

	private static EnforcementJson enforcement(ProposedEnforcement e) {
		return new EnforcementJson(e.type().token(), DateJson.of(e.date()), PlaceJson.of(e.place()),
				EvidenceJson.of(e.evidence()), e.confidence());
	}

	private static StatisticJson statistic(ProposedStatistic s) {
		return new StatisticJson(s.place(), s.country(), DateJson.of(s.period()), s.metric().token(), s.value(),
				s.qualifier() == Qualifier.EXACT ? null : s.qualifier().name().toLowerCase(java.util.Locale.ROOT),
				EvidenceJson.of(s.evidence()));
	}

}
