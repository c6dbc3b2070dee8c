package org.incidentatlas.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing is slowed down, per address and per account, and nobody is locked out: the old
 * rule let five anonymous requests lock any account, the only administrator's included.
 * Each test guesses from addresses of its own, because the per-address buckets outlive a
 * test.
 */
@IntegrationTest
@Transactional
class SignInThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	private static MockHttpServletRequestBuilder signIn(String address, String username, String password) {
		return post("/login").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("username", username).param("password", password);
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void guessesAtAnAccountNoLongerLockItsOwnerOut() throws Exception {
		accounts.create("guessed-at", "tram 7 naar Zuid om negen", Role.ADMIN, "test");
		// the owner signed in from this browser before: it keeps the signed cookie
		MvcResult before = mvc.perform(signIn("192.0.2.10", "guessed-at", "tram 7 naar Zuid om negen")).andReturn();
		Cookie known = before.getResponse().getCookie(SignInThrottle.KNOWN_BROWSER_COOKIE);
		assertThat(known).isNotNull();
		assertThat(known.isHttpOnly()).isTrue();
		// an attacker guesses from several addresses, more than the old lock-out's five
		for (int i = 0; i < 8; i++) {
			mvc.perform(signIn("198.51.100." + i, "guessed-at", "wrong guess " + i));
		}
		// a new browser waits a little before its guess is even checked, not fifteen
		// minutes
		MvcResult slowed = mvc.perform(signIn("203.0.113.7", "guessed-at", "tram 7 naar Zuid om negen"))
			.andExpect(header().string("Location", containsString("/login?throttled=")))
			.andReturn();
		long wait = Long.parseLong(slowed.getResponse().getHeader("Retry-After"));
		assertThat(wait).isBetween(1L, UserAccounts.MAX_BACKOFF.toSeconds());
		// the owner's own browser signs in at once, with the right password
		mvc.perform(signIn("203.0.113.8", "guessed-at", "tram 7 naar Zuid om negen").cookie(known))
			.andExpect(header().string("Location", "/editor"));
		// and the sign-in page says what happened, as a 429
		mvc.perform(get("/login").param("throttled", Long.toString(wait)))
			.andExpect(status().isTooManyRequests())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Try again in " + wait + " seconds")));
	}

	@Test
	void oneAddressGuessingFastIsSlowedDownWhileOthersSignIn() throws Exception {
		accounts.create("bystander", "bus 13 naar Noord om tien", Role.EDITOR, "test");
		String attacker = "198.51.100.200";
		for (int i = 0; i < SignInThrottle.ADDRESS_BURST; i++) {
			mvc.perform(signIn(attacker, "nobody-" + i, "guess " + i))
				.andExpect(header().string("Location", "/login?error"));
		}
		mvc.perform(signIn(attacker, "nobody-x", "guess"))
			.andExpect(header().string("Location", containsString("throttled")));
		mvc.perform(post("/api/incidents").with(r -> {
			r.setRemoteAddr(attacker);
			return r;
		}).header("Authorization", basic("bystander", "another guess")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		// another address is not affected
		mvc.perform(signIn("192.0.2.99", "bystander", "bus 13 naar Noord om tien"))
			.andExpect(header().string("Location", "/editor"));
	}

	@Test
	void aForgedKnownBrowserCookieIsWorthNothing() throws Exception {
		accounts.create("forged-at", "tram 7 naar Zuid om negen", Role.EDITOR, "test");
		for (int i = 0; i < 7; i++) {
			mvc.perform(signIn("198.51.100." + (100 + i), "forged-at", "wrong " + i));
		}
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("forged-at".getBytes(StandardCharsets.UTF_8)) + "." + (System.currentTimeMillis() / 1000)
				+ ".00";
		mvc.perform(signIn("203.0.113.50", "forged-at", "tram 7 naar Zuid om negen")
			.cookie(new Cookie(SignInThrottle.KNOWN_BROWSER_COOKIE, forged)))
			.andExpect(header().string("Location", containsString("throttled")));
	}

}
