package org.incidentatlas.api.incident;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.incidentatlas.incident.IncidentEditor;
import org.incidentatlas.incident.IncidentForm;
import org.incidentatlas.incident.IncidentNotFoundException;
import org.incidentatlas.incident.IncidentQueries;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing incidents over the API: editors only (a browser session with its CSRF token, or
 * HTTP Basic). A new incident is a draft unless {@code publish=true}. Every write is
 * audited.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentWriteApiController {

	private final IncidentEditor editor;

	private final IncidentQueries incidents;

	IncidentWriteApiController(IncidentEditor editor, IncidentQueries incidents) {
		this.editor = editor;
		this.incidents = incidents;
	}

	@PostMapping
	ResponseEntity<IncidentJson> create(@Valid @RequestBody IncidentForm form,
			@RequestParam(defaultValue = "false") boolean publish, Principal user) {
		long id = editor.create(form, user.getName(), publish);
		return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(current(id));
	}

	@PutMapping("/{id}")
	IncidentJson update(@PathVariable long id, @Valid @RequestBody IncidentForm form, Principal user) {
		editor.update(id, form, user.getName());
		return current(id);
	}

	@PostMapping("/{id}/publish")
	IncidentJson publish(@PathVariable long id, Principal user) {
		editor.publish(id, user.getName());
		return current(id);
	}

	@PostMapping("/{id}/retract")
	IncidentJson retract(@PathVariable long id, @Valid @RequestBody Retraction retraction, Principal user) {
		editor.retract(id, retraction.reason(), user.getName());
		return current(id);
	}

	record Retraction(@NotBlank @Size(max = 1000) String reason) {
	}

	/**
	 * Merges this incident, a duplicate, into {@code into}; returns the incident kept.
	 */
	@PostMapping("/{id}/merge")
	IncidentJson merge(@PathVariable long id, @Valid @RequestBody Merge merge, Principal user) {
		editor.merge(id, merge.into(), user.getName());
		return current(merge.into());
	}

	record Merge(@jakarta.validation.constraints.NotNull Long into) {
	}

	private IncidentJson current(long id) {
		return incidents.findAnyStatus(id).map(IncidentJson::of).orElseThrow(() -> new IncidentNotFoundException(id));
	}

}
