package org.incidentatlas.map;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.IncidentType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
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
	static final String[] SCRIPT_MESSAGES = { "map.count", "map.count.one", "map.loading", "map.error", "map.cluster",
			"map.cluster.sameSpot", "map.openIncident", "map.zoomIn", "map.more", "count.notReported", "incident.killed",
			"incident.injured", "incident.sources", "list.empty", "list.more", "source.publisherUnknown", "map.unlocated" };

	private final IncidentFilterParser filters;

	private final MessageSource messages;

	private final JsonMapper json;

	MapController(IncidentFilterParser filters, MessageSource messages, JsonMapper json) {
		this.filters = filters;
		this.messages = messages;
		this.json = json;
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
		// a bad filter in a shared link is a 400 page that says which parameter, not a blank map
		IncidentFilter filter = filters.parse(request.getParameterMap());
		model.addAttribute("filter", filter);
		model.addAttribute("types", IncidentType.values());
		Map<String, String> strings = new LinkedHashMap<>();
		for (String key : SCRIPT_MESSAGES) {
			strings.put(key, messages.getMessage(key, null, locale));
		}
		for (IncidentType type : IncidentType.values()) {
			strings.put("type." + type.token(), messages.getMessage("type." + type.token(), null, locale));
			strings.put("symbol." + type.token(), messages.getMessage("symbol." + type.token(), null, locale));
		}
		for (String precision : new String[] { "street", "district", "city", "region", "country", "unknown" }) {
			strings.put("geo." + precision, messages.getMessage("geo." + precision, null, locale));
		}
		model.addAttribute("scriptMessages", json.writeValueAsString(strings));
	}

}
