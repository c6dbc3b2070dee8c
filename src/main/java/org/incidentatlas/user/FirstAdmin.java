package org.incidentatlas.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is no account at all: from
 * ATLAS_ADMIN_USERNAME and ATLAS_ADMIN_PASSWORD when set; otherwise, on the embedded demo
 * database only, with a generated password that is printed once and must be changed at
 * the first sign-in. No password is ever written in the repository.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String SYSTEM = "system";

	private final UserAccounts accounts;

	private final Environment environment;

	private final ObjectProvider<org.incidentatlas.system.EmbeddedPostgres> embedded;

	private final MessageSource messages;

	FirstAdmin(UserAccounts accounts, Environment environment,
			ObjectProvider<org.incidentatlas.system.EmbeddedPostgres> embedded, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
		this.environment = environment;
		this.embedded = embedded;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		String username = environment.getProperty("atlas.admin.username");
		String password = environment.getProperty("atlas.admin.password");
		if (username != null && password != null) {
			try {
				accounts.create(username, password, Role.ADMIN, SYSTEM);
			}
			catch (AccountException ex) {
				throw new IllegalStateException("ATLAS_ADMIN_USERNAME and ATLAS_ADMIN_PASSWORD cannot make an account: "
						+ messages.getMessage(ex.problem().code(), ex.problem().args(), java.util.Locale.ENGLISH), ex);
			}
			log.info("Created the first administrator, {}, from ATLAS_ADMIN_USERNAME and ATLAS_ADMIN_PASSWORD",
					username);
		}
		else if (embedded.getIfAvailable() != null
				&& environment.getProperty("atlas.admin.demo", Boolean.class, true)) {
			String generated = accounts.createWithGeneratedPassword("admin", Role.ADMIN, SYSTEM);
			log.warn("""

					*** Demo mode: created the administrator 'admin' with the one-time password {}
					*** Sign in at /login: you will be asked to choose your own password at once.
					""", generated);
		}
		else {
			log.warn("There is no account yet. Set ATLAS_ADMIN_USERNAME and ATLAS_ADMIN_PASSWORD and restart to create "
					+ "the first administrator.");
		}
	}

}
