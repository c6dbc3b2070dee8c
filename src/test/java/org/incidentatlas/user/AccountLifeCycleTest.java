package org.incidentatlas.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account's life: sessions that end when the account changes, passwords that are
 * changed, reset and generated, and the last administrator, who cannot be removed. Every
 * test runs in a transaction that is rolled back, and starts with no other enabled
 * administrator.
 */
@IntegrationTest
@Transactional
class AccountLifeCycleTest {

	static final String INCIDENT = """
			{"type": "arson", "date": "2024-05-01", "place": "Merksem", "sources": [{"url": "https://example.org/news/atlas-test-source", "title": "A report for the tests"}],  "summary": "A car set alight"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noOtherAdministrators() {
		jdbc.update("update app_user set enabled = false where role = 'ADMIN'");
	}

	/**
	 * Sessions live in PostgreSQL (Spring Session): a browser holds only the cookie that
	 * names its session.
	 */
	private static Cookie sessionCookie(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("JSESSIONID");
		assertThat(cookie).as("the answer sets the session cookie").isNotNull();
		return cookie;
	}

	private Cookie signIn(String username, String password) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
		return sessionCookie(result);
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void disablingAnAccountEndsItsOpenSessionAtOnce() throws Exception {
		accounts.create("leaving-editor", "tram 7 naar Zuid om negen", Role.EDITOR, "test");
		Cookie session = signIn("leaving-editor", "tram 7 naar Zuid om negen");
		mvc.perform(post("/api/incidents").cookie(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT)).andExpect(status().isCreated());
		accounts.setEnabled(accounts.find("leaving-editor").orElseThrow().id(), false, "chief");
		mvc.perform(post("/api/incidents").cookie(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT)).andExpect(status().isUnauthorized());
		mvc.perform(get("/editor").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.US_ASCII)))
			.as("the session is gone from the database, for every instance")
			.isZero();
	}

	@Test
	void demotingAnAdministratorEndsTheirSessionSoTheNewRoleAppliesAtOnce() throws Exception {
		accounts.create("first-chief", "tram 7 naar Zuid om negen", Role.ADMIN, "test");
		accounts.create("second-chief", "bus 13 naar Noord om tien", Role.ADMIN, "test");
		Cookie session = signIn("second-chief", "bus 13 naar Noord om tien");
		mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
		accounts.setRole(accounts.find("second-chief").orElseThrow().id(), Role.EDITOR, "first-chief");
		mvc.perform(get("/admin/users").cookie(session)).andExpect(status().is3xxRedirection());
		Cookie again = signIn("second-chief", "bus 13 naar Noord om tien");
		mvc.perform(get("/admin/users").cookie(again)).andExpect(status().isForbidden());
		mvc.perform(get("/editor").cookie(again)).andExpect(status().isOk());
	}

	@Test
	void aGeneratedPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String generated = accounts.createWithGeneratedPassword("new-admin", Role.ADMIN, "system");
		MvcResult signedIn = mvc
			.perform(post("/login").with(csrf()).param("username", "new-admin").param("password", generated))
			.andExpect(header().string("Location", containsString("/account/password")))
			.andReturn();
		Cookie session = sessionCookie(signedIn);
		mvc.perform(get("/editor").cookie(session))
			.andExpect(header().string("Location", containsString("/account/password")));
		mvc.perform(get("/admin/users").cookie(session))
			.andExpect(header().string("Location", containsString("/account/password")));
		mvc.perform(post("/api/incidents").header("Authorization", basic("new-admin", generated))
			.contentType(MediaType.APPLICATION_JSON)
			.content(INCIDENT))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("/api/account/password")));
		// the session gets a new id with the new password: the browser is sent its new
		// cookie
		session = sessionCookie(mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("current", generated)
				.param("chosen", "bus 13 naar Noord om tien")
				.param("repeated", "bus 13 naar Noord om tien"))
			.andExpect(header().string("Location", "/editor"))
			.andReturn());
		// the session that changed the password goes on; the generated password is gone
		mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
		assertThat(accounts.find("new-admin").orElseThrow().mustChangePassword()).isFalse();
		mvc.perform(post("/login").with(csrf()).param("username", "new-admin").param("password", generated))
			.andExpect(header().string("Location", containsString("error")));
	}

	@Test
	void changingAPasswordNeedsTheCurrentOneAndSignsOutTheOtherSessions() throws Exception {
		accounts.create("careful-editor", "tram 7 naar Zuid om negen", Role.EDITOR, "test");
		Cookie laptop = signIn("careful-editor", "tram 7 naar Zuid om negen");
		Cookie phone = signIn("careful-editor", "tram 7 naar Zuid om negen");
		mvc.perform(post("/api/account/password").cookie(laptop)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"current\": \"not my password\", \"password\": \"bus 13 naar Noord om tien\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("account.problem.currentWrong"));
		laptop = sessionCookie(mvc
			.perform(post("/account/password").cookie(laptop)
				.with(csrf())
				.param("current", "tram 7 naar Zuid om negen")
				.param("chosen", "bus 13 naar Noord om tien")
				.param("repeated", "bus 13 naar Noord om tien"))
			.andExpect(header().string("Location", "/editor"))
			.andReturn());
		mvc.perform(get("/editor").cookie(laptop)).andExpect(status().isOk());
		mvc.perform(get("/editor").cookie(phone)).andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void anAdministratorResetsAPasswordToAOneTimeOne() throws Exception {
		accounts.create("chief", "tram 7 naar Zuid om negen", Role.ADMIN, "test");
		accounts.create("forgetful-editor", "bus 13 naar Noord om tien", Role.EDITOR, "test");
		long id = accounts.find("forgetful-editor").orElseThrow().id();
		String generated = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(post("/api/users/" + id + "/password-reset").header("Authorization",
					basic("chief", "tram 7 naar Zuid om negen")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.password");
		assertThat(accounts.find("forgetful-editor").orElseThrow().mustChangePassword()).isTrue();
		mvc.perform(post("/login").with(csrf())
			.param("username", "forgetful-editor")
			.param("password", "bus 13 naar Noord om tien"))
			.andExpect(header().string("Location", containsString("error")));
		mvc.perform(post("/login").with(csrf()).param("username", "forgetful-editor").param("password", generated))
			.andExpect(header().string("Location", containsString("/account/password")));
		assertThat(jdbc.queryForObject(
				"""
						select count(*) from audit_event where entity = 'USER' and entity_id = ? and changes::text like '%reset%'""",
				Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void theLastAdministratorCanBeNeitherDisabledNorDemoted() throws Exception {
		accounts.create("only-chief", "tram 7 naar Zuid om negen", Role.ADMIN, "test");
		long id = accounts.find("only-chief").orElseThrow().id();
		Cookie session = signIn("only-chief", "tram 7 naar Zuid om negen");
		mvc.perform(post("/admin/users/" + id + "/enabled").cookie(session).with(csrf()).param("enabled", "false"))
			.andExpect(header().string("Location", "/admin/users"));
		mvc.perform(post("/admin/users/" + id + "/role").cookie(session).with(csrf()).param("role", "EDITOR"));
		UserAccounts.Account still = accounts.find("only-chief").orElseThrow();
		assertThat(still.enabled()).isTrue();
		assertThat(still.role()).isEqualTo(Role.ADMIN);
		mvc.perform(put("/api/users/" + id).header("Authorization", basic("only-chief", "tram 7 naar Zuid om negen"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("account.problem.lastAdmin"));
		// with a second administrator, the first may step down
		accounts.create("next-chief", "bus 13 naar Noord om tien", Role.ADMIN, "test");
		accounts.setRole(id, Role.EDITOR, "next-chief");
		assertThatThrownBy(
				() -> accounts.setEnabled(accounts.find("next-chief").orElseThrow().id(), false, "next-chief"))
			.isInstanceOf(AccountException.class);
	}

	@Test
	void commonAndOverLongPasswordsAreRefusedWithTheRuleNotBcryptsMessage() throws Exception {
		accounts.create("chief", "tram 7 naar Zuid om negen", Role.ADMIN, "test");
		mvc.perform(post("/api/users").header("Authorization", basic("chief", "tram 7 naar Zuid om negen"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"newcomer\", \"password\": \"password1234\", \"role\": \"EDITOR\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("account.problem.common"));
		mvc.perform(
				post("/api/users").header("Authorization", basic("chief", "tram 7 naar Zuid om negen"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\": \"newcomer\", \"password\": \"" + "word ".repeat(20)
							+ "\", \"role\": \"EDITOR\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("account.problem.length"))
			.andExpect(jsonPath("$.detail", containsString("72")));
		assertThat(accounts.find("newcomer")).isEmpty();
	}

}
