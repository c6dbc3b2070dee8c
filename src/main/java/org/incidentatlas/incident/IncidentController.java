package org.incidentatlas.incident;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.audit.AuditTrail;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The browsable, filterable list of incidents and each incident's own page. */
@Controller
class IncidentController {

	static final int PAGE_SIZE = 25;

	private final IncidentQueries incidents;

	private final FilterBar filterBar;

	private final AuditTrail audit;

	IncidentController(IncidentQueries incidents, FilterBar filterBar, AuditTrail audit) {
		this.incidents = incidents;
		this.filterBar = filterBar;
		this.audit = audit;
	}

	@GetMapping("/incidents")
	String list(HttpServletRequest request, @RequestParam(defaultValue = "0") int page, Model model) {
		IncidentFilter filter = filterBar.addTo(model, request);
		if (page < 0) {
			throw new InvalidParameterException("page", "parameter.page.negative");
		}
		IncidentPage result = incidents.find(filter, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("previousPage", page > 0 ? pageLink(request, page - 1) : null);
		model.addAttribute("nextPage", result.hasNext() ? pageLink(request, page + 1) : null);
		return "incident/list";
	}

	/** The same filtered view on another page: filters stay in the URL. */
	private static String pageLink(HttpServletRequest request, int page) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build(true)
			.toUriString();
	}

	/**
	 * Everyone sees a published incident; editors also see drafts and retracted ones, and
	 * the history. The public gets 410 Gone, with the date and the reason, for a
	 * retracted one.
	 */
	@GetMapping("/incidents/{id}")
	String show(@PathVariable long id, Model model, Authentication user, HttpServletResponse response) {
		boolean editor = user != null
				&& user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR"));
		java.util.Optional<IncidentView> found = editor ? incidents.findAnyStatus(id) : incidents.findPublished(id);
		if (found.isEmpty()) {
			java.util.Optional<IncidentQueries.Retraction> retraction = incidents.retraction(id);
			if (retraction.isPresent()) {
				response.setStatus(HttpStatus.GONE.value());
				model.addAttribute("retraction", retraction.get());
				return "incident/retracted";
			}
		}
		IncidentView incident = found.orElseThrow(() -> new IncidentNotFoundException(id));
		model.addAttribute("incident", incident);
		// repeat targets: for the public, computed on what the public sees only
		model.addAttribute("earlier", incident.type().family() == IncidentFamily.VIOLENCE
				? incidents.earlierAtSameStreet(id, editor) : java.util.List.of());
		model.addAttribute("lastCorrected", audit.lastCorrected(IncidentEditor.ENTITY, id).orElse(null));
		if (editor) {
			model.addAttribute("history", audit.history(IncidentEditor.ENTITY, id));
		}
		return "incident/detail";
	}

}
