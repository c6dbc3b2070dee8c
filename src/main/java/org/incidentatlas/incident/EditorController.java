package org.incidentatlas.incident;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

import org.incidentatlas.system.InvalidFieldsException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' side: the review queue, and the forms that create, edit, publish and
 * retract.
 */
@Controller
class EditorController {

	static final int QUEUE = 100;

	/**
	 * Articles offered as sources on the form, newest first; older ones are given by
	 * number.
	 */
	static final int RECENT_ARTICLES = 300;

	private final IncidentQueries incidents;

	private final IncidentEditor editor;

	private final MessageSource messages;

	EditorController(IncidentQueries incidents, IncidentEditor editor, MessageSource messages) {
		this.incidents = incidents;
		this.editor = editor;
		this.messages = messages;
	}

	/** Each problem on its field of the form, in the reader's language. */
	private void reject(BindingResult errors, InvalidFieldsException ex, Locale locale) {
		ex.problems().forEach(p -> errors.rejectValue(field(p.field()), "invalid", p.message(messages, locale)));
	}

	private String first(InvalidFieldsException ex, Locale locale) {
		return ex.problems().get(0).message(messages, locale);
	}

	@GetMapping("/editor")
	String dashboard(Model model) {
		model.addAttribute("drafts", incidents.withStatus(IncidentStatus.DRAFT, QUEUE));
		model.addAttribute("retracted", incidents.withStatus(IncidentStatus.RETRACTED, QUEUE));
		return "editor/dashboard";
	}

	@GetMapping("/editor/incidents/new")
	String newIncident(Model model) {
		return form(model, new IncidentForm(), null);
	}

	@PostMapping("/editor/incidents")
	String create(@Valid @ModelAttribute("form") IncidentForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean publish, Principal user, Model model,
			RedirectAttributes flash, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
		if (errors.hasErrors()) {
			return refused(response, model, form, null);
		}
		try {
			long id = editor.create(form, user.getName(), publish);
			flash.addFlashAttribute("saved", true);
			return "redirect:/incidents/" + id;
		}
		catch (InvalidFieldsException ex) {
			reject(errors, ex, locale);
			return refused(response, model, form, null);
		}
	}

	@GetMapping("/editor/incidents/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(model, editor.formOf(id), id);
	}

	@PostMapping("/editor/incidents/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") IncidentForm form, BindingResult errors,
			Principal user, Model model, RedirectAttributes flash, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		if (errors.hasErrors()) {
			return refused(response, model, form, id);
		}
		try {
			editor.update(id, form, user.getName());
			flash.addFlashAttribute("saved", true);
			return "redirect:/incidents/" + id;
		}
		catch (InvalidFieldsException ex) {
			reject(errors, ex, locale);
			return refused(response, model, form, id);
		}
	}

	@PostMapping("/editor/incidents/{id}/publish")
	String publish(@PathVariable long id, Principal user, RedirectAttributes flash, Locale locale) {
		try {
			editor.publish(id, user.getName());
		}
		catch (InvalidFieldsException ex) {
			flash.addFlashAttribute("problem", first(ex, locale));
		}
		return "redirect:/incidents/" + id;
	}

	@PostMapping("/editor/incidents/{id}/retract")
	String retract(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal user,
			RedirectAttributes flash, Locale locale) {
		try {
			editor.retract(id, reason, user.getName());
		}
		catch (InvalidFieldsException ex) {
			flash.addFlashAttribute("problem", first(ex, locale));
		}
		return "redirect:/incidents/" + id;
	}

	@PostMapping("/editor/incidents/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(required = false) Long into, Principal user,
			RedirectAttributes flash, Locale locale) {
		if (into == null) {
			flash.addFlashAttribute("problem", "Give the number of the incident to keep.");
			return "redirect:/incidents/" + id;
		}
		try {
			editor.merge(id, into, user.getName());
			return "redirect:/incidents/" + into;
		}
		catch (InvalidFieldsException | IncidentNotFoundException ex) {
			flash.addFlashAttribute("problem", ex instanceof InvalidFieldsException invalid ? first(invalid, locale)
					: "There is no incident " + into + ".");
			return "redirect:/incidents/" + id;
		}
	}

	/**
	 * The form again, with its errors beside the fields: a 400, since nothing was stored.
	 */
	private String refused(jakarta.servlet.http.HttpServletResponse response, Model model, IncidentForm form, Long id) {
		response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
		return form(model, form, id);
	}

	private String form(Model model, IncidentForm form, Long id) {
		if (!model.containsAttribute("form")) {
			// replacing a bound form would drop its binding errors
			model.addAttribute("form", form);
		}
		model.addAttribute("incidentId", id);
		model.addAttribute("types", IncidentType.values());
		model.addAttribute("precisions", GeoPrecision.values());
		model.addAttribute("subtypes", IncidentSubtype.values());
		model.addAttribute("targets", IncidentTarget.values());
		// "not reported" first: it is what an empty row says
		model.addAttribute("genders", java.util.List.of(Gender.UNKNOWN, Gender.FEMALE, Gender.MALE, Gender.OTHER));
		model.addAttribute("outcomes", java.util.List.of(VictimOutcome.UNKNOWN, VictimOutcome.KILLED,
				VictimOutcome.INJURED, VictimOutcome.UNHARMED));
		model.addAttribute("articles", editor.recentArticles(RECENT_ARTICLES));
		model.addAttribute("currentSources", id == null ? java.util.List.of() : editor.sourcesOf(id));
		// one empty row each to fill in; the page's script adds more
		IncidentForm shown = (IncidentForm) model.getAttribute("form");
		if (shown.getVictims() == null) {
			shown.setVictims(new java.util.ArrayList<>());
		}
		if (shown.getSources() == null) {
			shown.setSources(new java.util.ArrayList<>());
		}
		if (shown.getVictims().isEmpty() || !shown.getVictims().get(shown.getVictims().size() - 1).isEmpty()) {
			shown.getVictims().add(new IncidentForm.VictimForm());
		}
		if (shown.getSources().isEmpty() || !shown.getSources().get(shown.getSources().size() - 1).isEmpty()) {
			shown.getSources().add(new IncidentForm.SourceForm());
		}
		return "editor/form";
	}

	/** "status" is not a field of the form: show it with the summary. */
	private static String field(String name) {
		return name.equals("status") ? "summary" : name;
	}

}
