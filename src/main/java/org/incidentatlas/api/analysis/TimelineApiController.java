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
 * Incidents per week, month or year: {@code GET /api/timeline?interval=month&<filters>}, and
 * the same as CSV at {@code /api/timeline.csv}.
 */
@RestController
class TimelineApiController {

	private final TimelineQueries timelines;

	private final IncidentFilterParser filters;

	private final JsonAnswers answers;

	TimelineApiController(TimelineQueries timelines, IncidentFilterParser filters, JsonAnswers answers) {
		this.timelines = timelines;
		this.filters = filters;
		this.answers = answers;
	}

	@Filtered
	@GetMapping(path = "/api/timeline", produces = "application/json")
	@ApiResponse(responseCode = "200", description = "Incidents per period, with the coarsely dated ones apart",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimelineJson.class)))
	ResponseEntity<byte[]> timeline(HttpServletRequest request, @RequestParam(required = false) String interval,
			Locale locale) {
		TimelineInterval parsed = TimelineInterval.parse(interval);
		IncidentFilter filter = filters.parse(request.getParameterMap());
		record TimelineAnswer(IncidentFilter filter, TimelineInterval interval) {
		}
		return answers.answer(request, new TimelineAnswer(filter, parsed),
				() -> TimelineJson.of(timelines.timeline(filter, parsed, locale)));
	}

	/**
	 * Columns: kind (period, coarse or undated), start, end, date_precision (for coarse rows:
	 * how precisely their dates are known), label, incidents, killed, injured, then one column
	 * of incidents per type.
	 */
	@Filtered
	@GetMapping("/api/timeline.csv")
	void csv(HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) String interval,
			Locale locale) {
		Timeline timeline = load(request, interval, locale);
		try (Csv csv = Csv.attachment(response, "incident-atlas-timeline-" + timeline.interval().token() + ".csv")) {
			List<Object> header = new ArrayList<>(List.of("kind", "start", "end", "date_precision", "label", "incidents",
					"killed", "injured"));
			Arrays.stream(IncidentType.values()).map(IncidentType::token).forEach(header::add);
			csv.row(header);
			timeline.buckets().forEach(b -> csv.row(row("period", b)));
			timeline.coarse().forEach(b -> csv.row(row("coarse", b)));
			if (timeline.undated().count() > 0) {
				csv.row(row("undated", timeline.undated()));
			}
		}
	}

	private Timeline load(HttpServletRequest request, String interval, Locale locale) {
		TimelineInterval parsed = TimelineInterval.parse(interval);
		return timelines.timeline(filters.parse(request.getParameterMap()), parsed, locale);
	}

	private static List<Object> row(String kind, Timeline.Bucket b) {
		List<Object> row = new ArrayList<>(List.of(kind, b.start() == null ? "" : b.start(), b.end() == null ? "" : b.end(),
				b.precision() == null ? "" : b.precision().token(), b.label(), b.count(), b.killed(), b.injured()));
		for (IncidentType type : IncidentType.values()) {
			row.add(b.byType().getOrDefault(type, 0L));
		}
		return row;
	}

	/** Counts per type are keyed by the type's token; coarse groups say how precisely their dates are known. */
	record TimelineJson(String interval, long total, List<BucketJson> buckets, List<BucketJson> coarse, BucketJson undated) {

		static TimelineJson of(Timeline t) {
			return new TimelineJson(t.interval().token(), t.total(), t.buckets().stream().map(BucketJson::of).toList(),
					t.coarse().stream().map(BucketJson::of).toList(), BucketJson.of(t.undated()));
		}

	}

	record BucketJson(LocalDate start, LocalDate end, String precision, String label, long count, Map<String, Long> byType,
			long killed, long injured) {

		static BucketJson of(Timeline.Bucket b) {
			Map<String, Long> types = new LinkedHashMap<>();
			b.byType().forEach((type, n) -> types.put(type.token(), n));
			return new BucketJson(b.start(), b.end(), b.precision() == null ? null : b.precision().token(), b.label(),
					b.count(), types, b.killed(), b.injured());
		}

	}

}
