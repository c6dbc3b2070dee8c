package org.incidentatlas.user;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page, and account management for administrators. */
@Controller
class AccountsController {

	private final UserAccounts accounts;

	AccountsController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "user/login";
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("now", java.time.Instant.now());
		return "user/users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
			RedirectAttributes flash) {
		try {
			accounts.create(username.strip(), password, role);
			flash.addFlashAttribute("created", username.strip());
		}
		catch (IllegalArgumentException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled) {
		accounts.setEnabled(id, enabled);
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable long id) {
		accounts.unlock(id);
		return "redirect:/admin/users";
	}

}
