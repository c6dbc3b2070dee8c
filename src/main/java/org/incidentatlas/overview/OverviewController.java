package org.incidentatlas.overview;

import java.util.Locale;

import org.incidentatlas.analysis.CoverageQueries;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	static final int LATEST = 8;

	private final OverviewQueries overview;

	private final IncidentQueries incidents;

	private final CoverageQueries filterCoverage;

	OverviewController(OverviewQueries overview, IncidentQueries incidents, CoverageQueries filterCoverage) {
		this.overview = overview;
		this.incidents = incidents;
		this.filterCoverage = filterCoverage;
	}

	@GetMapping("/")
	String overview(Model model, Locale locale) {
		model.addAttribute("totals", overview.totals());
		model.addAttribute("coverage", overview.coverage(locale));
		model.addAttribute("restsOn", filterCoverage.coverage(IncidentFilter.none(), locale));
		model.addAttribute("latest", incidents.find(IncidentFilter.none(), 0, LATEST).items());
		return "overview/overview";
	}

}
