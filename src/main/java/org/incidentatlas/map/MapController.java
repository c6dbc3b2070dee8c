package org.incidentatlas.map;

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

/**
 * The full-screen map and its embeddable twin. Both read the filters from the URL, so a
 * link or an iframe restores the exact view; the data itself comes from {@code /api/map}.
 */
@Controller
class MapController {

	/** Strings the map's script shows, in the reader's language. */
	static final String[] SCRIPT_MESSAGES = { "map.count", "map.count.one", "map.count.split",
			"map.count.split.oneArea", "map.count.split.one", "map.loading", "map.error", "map.cluster",
			"map.cluster.sameSpot", "map.openIncident", "map.zoomIn", "map.more", "count.notReported",
			"incident.killed", "incident.injured", "incident.sources", "list.empty", "list.more",
			"source.publisherUnknown", "map.unlocated", "map.areas.item", "map.areas.unnamed", "place.kind.region",
			"place.kind.province" };

	private final FilterBar filterBar;

	private final ScriptMessages scriptMessages;

	MapController(FilterBar filterBar, ScriptMessages scriptMessages) {
		this.filterBar = filterBar;
		this.scriptMessages = scriptMessages;
	}

	@GetMapping("/map")
	String map(HttpServletRequest request, Model model, Locale locale) {
		prepare(request, model, locale);
		return "map/map";
	}

	@GetMapping("/embed/map")
	String embed(HttpServletRequest request, Model model, Locale locale) {
		prepare(request, model, locale);
		model.addAttribute("fullViewQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
		return "map/embed";
	}

	private void prepare(HttpServletRequest request, Model model, Locale locale) {
		// a bad filter in a shared link is a 400 page that says which parameter, not a
		// blank map
		filterBar.addTo(model, request);
		List<String> keys = new ArrayList<>(List.of(SCRIPT_MESSAGES));
		for (IncidentType type : IncidentType.values()) {
			keys.add("type." + type.token());
			keys.add("symbol." + type.token());
		}
		for (String precision : new String[] { "street", "district", "city", "region", "country", "unknown" }) {
			keys.add("geo." + precision);
		}
		model.addAttribute("scriptMessages", scriptMessages.json(locale, keys));
	}

}
