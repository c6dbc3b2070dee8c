package org.incidentatlas.user;

import java.security.Principal;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-in page, each account's password, and account management for administrators.
 */
@Controller
class AccountsController {

	private final UserAccounts accounts;

	private final MessageSource messages;

	private final java.time.Clock clock;

	AccountsController(UserAccounts accounts, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) Long throttled, HttpServletResponse response, Model model) {
		if (throttled != null) {
			// the sign-in form was sent back by the throttle: say so, with the wait
			response.setStatus(429);
			model.addAttribute("throttledSeconds",
					Math.max(1, Math.min(throttled, UserAccounts.MAX_BACKOFF.toSeconds() * 2)));
		}
		return "user/login";
	}

	@GetMapping(AccountSessionFilter.PASSWORD_PAGE)
	String passwordForm(Principal principal, Model model) {
		model.addAttribute("mustChange",
				accounts.find(principal.getName()).map(UserAccounts.Account::mustChangePassword).orElse(false));
		model.addAttribute("maxBytes", PasswordPolicy.MAX_BYTES);
		return "user/password";
	}

	@PostMapping(AccountSessionFilter.PASSWORD_PAGE)
	String changePassword(Principal principal, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String chosen, @RequestParam(defaultValue = "") String repeated,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		try {
			if (!chosen.equals(repeated)) {
				throw new AccountException("account.problem.mismatch");
			}
			accounts.changePassword(principal.getName(), current, chosen);
		}
		catch (AccountException ex) {
			flash.addFlashAttribute("problem", text(ex.problem()));
			return "redirect:" + AccountSessionFilter.PASSWORD_PAGE;
		}
		staySignedIn(principal.getName(), request, response);
		flash.addFlashAttribute("changed", true);
		return "redirect:/editor";
	}

	/**
	 * Changing the password ends the account's sessions, this one too; the owner proved
	 * who they are, so this session gets a new id and the new epoch.
	 */
	private void staySignedIn(String username, HttpServletRequest request, HttpServletResponse response) {
		accounts.find(username).ifPresent(account -> {
			AccountPrincipal fresh = AccountUserDetailsService.principal(account);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
			SecurityContextHolder.setContext(context);
			request.changeSessionId();
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		});
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("now", Instant.now(clock));
		model.addAttribute("maxBytes", PasswordPolicy.MAX_BYTES);
		return "user/users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
			Principal admin, RedirectAttributes flash) {
		return act(flash, () -> {
			accounts.create(username.strip(), password, role, admin.getName());
			flash.addFlashAttribute("created", username.strip());
		});
	}

	@PostMapping("/admin/users/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, Principal admin, RedirectAttributes flash) {
		return act(flash, () -> accounts.setEnabled(id, enabled, admin.getName()));
	}

	@PostMapping("/admin/users/{id}/role")
	String role(@PathVariable long id, @RequestParam Role role, Principal admin, RedirectAttributes flash) {
		return act(flash, () -> accounts.setRole(id, role, admin.getName()));
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, Principal admin, RedirectAttributes flash) {
		return act(flash, () -> {
			String generated = accounts.resetPassword(id, admin.getName());
			flash.addFlashAttribute("generatedFor", id);
			flash.addFlashAttribute("generated", generated);
		});
	}

	@PostMapping("/admin/users/{id}/unlock")
	String clearFailures(@PathVariable long id) {
		accounts.clearFailures(id);
		return "redirect:/admin/users";
	}

	private String act(RedirectAttributes flash, Runnable action) {
		try {
			action.run();
		}
		catch (AccountException ex) {
			flash.addFlashAttribute("problem", text(ex.problem()));
		}
		return "redirect:/admin/users";
	}

	private String text(AccountProblem problem) {
		return messages.getMessage(problem.code(), problem.args(), LocaleContextHolder.getLocale());
	}

}
