package org.incidentatlas.incident;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a page needs to show the shared filter bar ({@code fragments/filters.html}): the
 * filter read from the URL, checked (a bad value is a 400 page naming the parameter), and
 * the incident types to offer.
 */
@Component
public class FilterBar {

	private final IncidentFilterParser parser;

	private final FilterDescription description;

	FilterBar(IncidentFilterParser parser, FilterDescription description) {
		this.parser = parser;
		this.description = description;
	}

	public IncidentFilter addTo(Model model, HttpServletRequest request) {
		IncidentFilter filter = parser.parse(request.getParameterMap());
		model.addAttribute("filter", filter);
		model.addAttribute("filterDescription", description.describe(filter,
				org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("subtypes", IncidentSubtype.values());
		model.addAttribute("targets", IncidentTarget.values());
		model.addAttribute("timesOfDay", TimeOfDay.values());
		model.addAttribute("query", request.getQueryString() == null ? "" : "?" + request.getQueryString());
		return filter;
	}

}
