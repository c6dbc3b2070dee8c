package org.incidentatlas.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.incidentatlas.incident.FilterBar;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.system.ScriptMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' pages: the timeline and the place × year analysis. Both carry the shared
 * filter bar; their data comes from {@code /api/timeline} and {@code /api/stats/cities}.
 */
@Controller
class AnalysisPagesController {

	private static final List<String> COMMON = List.of("count.notReported", "incident.killed", "incident.injured",
			"incident.sources", "map.error", "map.loading", "list.empty", "sign.notReported", "sign.notReported.title",
			"sign.lowerBound", "sign.lowerBound.title", "sign.noneRecorded", "sign.noneRecorded.title",
			"coverage.more");

	private final FilterBar filterBar;

	private final ScriptMessages scriptMessages;

	private final TimelineQueries timelines;

	AnalysisPagesController(FilterBar filterBar, ScriptMessages scriptMessages, TimelineQueries timelines) {
		this.filterBar = filterBar;
		this.scriptMessages = scriptMessages;
		this.timelines = timelines;
	}

	@GetMapping("/timeline")
	String timeline(HttpServletRequest request, @RequestParam(required = false) String interval, Model model,
			Locale locale) {
		var filter = filterBar.addTo(model, request);
		// without one in the address, the finest interval that places most matching
		// incidents; the page writes it into the address
		model.addAttribute("interval", (TimelineInterval.isGiven(interval) ? TimelineInterval.parse(interval)
				: timelines.fittingInterval(filter))
			.token());
		model.addAttribute("intervalChosen", !TimelineInterval.isGiven(interval));
		model.addAttribute("scriptMessages", scriptMessages.json(locale,
				keys("timeline.killedAndInjured", "timeline.incidents", "timeline.coarse.none", "timeline.undated",
						"timeline.onMap", "timeline.sources", "timeline.more", "timeline.selected", "timeline.total",
						"timeline.precision.year", "timeline.precision.season", "timeline.precision.month",
						"timeline.precision.week", "timeline.precision.day", "timeline.killed", "timeline.injured")));
		return "analysis/timeline";
	}

	@GetMapping("/analysis")
	String analysis(HttpServletRequest request, @RequestParam(required = false) String level, Model model,
			Locale locale) {
		filterBar.addTo(model, request);
		model.addAttribute("level", CityYearQueries.level(level));
		model.addAttribute("scriptMessages",
				scriptMessages.json(locale, keys("analysis.noCity", "analysis.reported.none", "analysis.compare.years",
						"analysis.compare.empty", "analysis.year.unknown", "analysis.killedLowerBound",
						"analysis.col.place", "analysis.col.country", "analysis.col.year", "analysis.col.incidents",
						"analysis.col.reported", "analysis.compare.button", "analysis.compare.remove",
						"analysis.col.rate", "analysis.rate.title", "analysis.population.of",
						"analysis.population.unsourced", "analysis.population.sources", "analysis.col.change",
						"analysis.change.title", "analysis.change.unknown", "analysis.col.articles",
						"analysis.compare.enforcement", "analysis.compare.chart")));
		return "analysis/analysis";
	}

	private static List<String> keys(String... specific) {
		List<String> keys = new ArrayList<>(COMMON);
		keys.addAll(List.of(specific));
		for (IncidentType type : IncidentType.values()) {
			keys.add("type." + type.token());
		}
		return keys;
	}

}
