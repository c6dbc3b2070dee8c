package org.incidentatlas.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.incidentatlas.system.RefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's import pages: upload, map the columns, check, run, and watch the progress.
 */
@Controller
class ImportController {

	private final ImportJobs jobs;

	ImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/editor/import")
	String start(Model model, Principal user) {
		model.addAttribute("recent", jobs.recent(user.getName()));
		return "imports/start";
	}

	@PostMapping("/editor/import")
	String upload(@RequestParam(required = false) MultipartFile file, Principal user, RedirectAttributes flash)
			throws IOException {
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("problem", "Choose a CSV file to upload.");
			return "redirect:/editor/import";
		}
		try {
			long id = jobs.upload(file.getBytes(), file.getOriginalFilename(), user.getName());
			return "redirect:/editor/import/" + id;
		}
		catch (CsvTable.Unreadable ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/editor/import";
		}
	}

	@GetMapping("/editor/import/{id}")
	String show(@PathVariable long id, Model model, Principal user) {
		model.addAttribute("job", job(id, user));
		model.addAttribute("fields", ImportField.values());
		return "imports/job";
	}

	@PostMapping("/editor/import/{id}/check")
	String check(@PathVariable long id, HttpServletRequest request, Principal user, RedirectAttributes flash) {
		ImportJobs.Job job = job(id, user);
		List<ImportField> mapping = new ArrayList<>();
		for (int i = 0; i < job.columns().size(); i++) {
			String value = request.getParameter("column" + i);
			try {
				mapping.add(value == null ? ImportField.IGNORE : ImportField.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				throw new org.incidentatlas.incident.InvalidParameterException("column" + i, "parameter.column.unknown",
						org.incidentatlas.incident.InvalidParameterException.shorten(value));
			}
		}
		jobs.check(id, user.getName(), mapping);
		return "redirect:/editor/import/" + id;
	}

	@PostMapping("/editor/import/{id}/run")
	String run(@PathVariable long id, Principal user, RedirectAttributes flash) {
		try {
			jobs.run(id, user.getName());
		}
		catch (IllegalStateException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/editor/import/" + id;
	}

	@GetMapping("/editor/import/{id}/status")
	@ResponseBody
	Map<String, Object> status(@PathVariable long id, Principal user) {
		ImportJobs.Job job = job(id, user);
		return Map.of("status", job.status().name().toLowerCase(), "processed", job.processedRows(), "total",
				job.totalRows(), "created", job.createdCount(), "duplicates", job.duplicateCount(), "error",
				job.error() == null ? "" : job.error());
	}

	private ImportJobs.Job job(long id, Principal user) {
		return jobs.find(id, user.getName())
			.orElseThrow(() -> new RefusedException(HttpStatus.NOT_FOUND, "problem.notFound.import",
					"There is no import " + id + " of yours.", String.valueOf(id)));
	}

}
