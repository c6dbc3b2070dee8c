package org.incidentatlas.user;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is no account at all: from ATLAS_ADMIN_USERNAME
 * and ATLAS_ADMIN_PASSWORD when set; otherwise, on the embedded demo database only, with a
 * generated password that is printed once. No password is ever written in the repository.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccounts accounts;

	private final Environment environment;

	private final ObjectProvider<org.incidentatlas.system.EmbeddedPostgres> embedded;

	FirstAdmin(UserAccounts accounts, Environment environment,
			ObjectProvider<org.incidentatlas.system.EmbeddedPostgres> embedded) {
		this.accounts = accounts;
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
			accounts.create(username, password, Role.ADMIN);
			log.info("Created the first administrator, {}, from ATLAS_ADMIN_USERNAME and ATLAS_ADMIN_PASSWORD", username);
		}
		else if (embedded.getIfAvailable() != null && environment.getProperty("atlas.admin.demo", Boolean.class, true)) {
			String generated = generate();
			accounts.create("admin", generated, Role.ADMIN);
			log.warn("""

					*** Demo mode: created the administrator 'admin' with the one-time password {}
					*** Sign in at /login and create named accounts; this password is not shown again.
					""", generated);
		}
		else {
			log.warn("There is no account yet. Set ATLAS_ADMIN_USERNAME and ATLAS_ADMIN_PASSWORD and restart to create "
					+ "the first administrator.");
		}
	}

	private static String generate() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
