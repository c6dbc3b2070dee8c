package org.incidentatlas.api.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.analysis.CoverageQueries;
import org.incidentatlas.analysis.FilterCoverage;
import org.incidentatlas.analysis.Timeline;
import org.incidentatlas.analysis.TimelineInterval;
import org.incidentatlas.analysis.TimelineQueries;
import org.incidentatlas.api.JsonAnswers;
import org.incidentatlas.api.Filtered;
import org.incidentatlas.csv.Csv;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents per week, month or year: {@code GET /api/timeline?interval=month&<filters>},
 * and the same as CSV at {@code /api/timeline.csv}.
 */
@RestController
class TimelineApiController {

	private final TimelineQueries timelines;

	private final IncidentFilterParser filters;

	private final JsonAnswers answers;

	private final CoverageQueries coverage;

	TimelineApiController(TimelineQueries timelines, IncidentFilterParser filters, JsonAnswers answers,
			CoverageQueries coverage) {
		this.timelines = timelines;
		this.filters = filters;
		this.answers = answers;
		this.coverage = coverage;
	}

	@Filtered
	@GetMapping(path = "/api/timeline", produces = "application/json")
	@ApiResponse(responseCode = "200", description = "Incidents per period, with the coarsely dated ones apart",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimelineJson.class)))
	ResponseEntity<byte[]> timeline(HttpServletRequest request, @RequestParam(required = false) String interval,
			Locale locale) {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		TimelineInterval parsed = interval(filter, interval);
		boolean chosen = !TimelineInterval.isGiven(interval);
		record TimelineAnswer(IncidentFilter filter, TimelineInterval interval, boolean chosen) {
		}
		return answers.answer(request, new TimelineAnswer(filter, parsed, chosen), () -> TimelineJson
			.of(timelines.timeline(filter, parsed, locale), chosen, coverage.coverage(filter, locale)));
	}

	/**
	 * The interval asked for, or, without one, the finest at which most matching
	 * incidents can be placed.
	 */
	private TimelineInterval interval(IncidentFilter filter, String interval) {
		return TimelineInterval.isGiven(interval) ? TimelineInterval.parse(interval)
				: timelines.fittingInterval(filter);
	}

	/**
	 * Columns: kind (period, coarse or undated), start, end, date_precision (for coarse
	 * rows: how precisely their dates are known), label, incidents, killed, injured, then
	 * one column of incidents per type.
	 */
	@Filtered
	@GetMapping("/api/timeline.csv")
	void csv(HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) String interval,
			Locale locale) {
		IncidentFilter filter = filters.parse(request.getParameterMap());
		Timeline timeline = timelines.timeline(filter, interval(filter, interval), locale);
		org.incidentatlas.api.CoverageHeaders.add(response, request, coverage.coverage(filter, locale));
		try (Csv csv = Csv.attachment(response, "incident-atlas-timeline-" + timeline.interval().token() + ".csv")) {
			List<Object> header = new ArrayList<>(List.of("kind", "start", "end", "date_precision", "label",
					"incidents", "killed", "injured", "killed_reported_by", "injured_reported_by"));
			Arrays.stream(IncidentType.values()).map(IncidentType::token).forEach(header::add);
			csv.row(header);
			timeline.buckets().forEach(b -> csv.row(row("period", b)));
			timeline.coarse().forEach(b -> csv.row(row("coarse", b)));
			if (timeline.undated().count() > 0) {
				csv.row(row("undated", timeline.undated()));
			}
		}
	}

	private static List<Object> row(String kind, Timeline.Bucket b) {
		List<Object> row = new ArrayList<>(List.of(kind, b.start() == null ? "" : b.start(),
				b.end() == null ? "" : b.end(), b.precision() == null ? "" : b.precision().token(), b.label(),
				b.count(), b.killedKnown() == 0 ? "" : b.killed(), b.injuredKnown() == 0 ? "" : b.injured(),
				b.killedKnown(), b.injuredKnown()));
		for (IncidentType type : IncidentType.values()) {
			row.add(b.byType().getOrDefault(type, 0L));
		}
		return row;
	}

	/**
	 * Counts per type are keyed by the type's token; coarse groups say how precisely
	 * their dates are known.
	 *
	 * @param intervalChosen true when the request named no interval and the finest that
	 * fits most incidents was chosen
	 * @param coverage what the counts rest on
	 */
	record TimelineJson(String interval, boolean intervalChosen, long total, List<BucketJson> buckets,
			List<BucketJson> coarse, BucketJson undated, FilterCoverage coverage) {

		static TimelineJson of(Timeline t, boolean chosen, FilterCoverage coverage) {
			return new TimelineJson(t.interval().token(), chosen, t.total(),
					t.buckets().stream().map(BucketJson::of).toList(), t.coarse().stream().map(BucketJson::of).toList(),
					BucketJson.of(t.undated()), coverage);
		}

	}

	/**
	 * @param killed the killed its incidents report; null when none of them reports a
	 * toll: not known, not 0
	 * @param killedReportedBy incidents of the bucket that report how many were killed
	 */
	record BucketJson(LocalDate start, LocalDate end, String precision, String label, long count,
			Map<String, Long> byType, Long killed, Long injured, long killedReportedBy, long injuredReportedBy) {

		static BucketJson of(Timeline.Bucket b) {
			Map<String, Long> types = new LinkedHashMap<>();
			b.byType().forEach((type, n) -> types.put(type.token(), n));
			return new BucketJson(b.start(), b.end(), b.precision() == null ? null : b.precision().token(), b.label(),
					b.count(), types, b.killedKnown() == 0 ? null : b.killed(),
					b.injuredKnown() == 0 ? null : b.injured(), b.killedKnown(), b.injuredKnown());
		}

	}

}
