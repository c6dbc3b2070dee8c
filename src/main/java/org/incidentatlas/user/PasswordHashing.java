package org.incidentatlas.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored, whether or not this run serves the web (the synthetic
 * generator does not).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt, stored as {bcrypt}hash so the algorithm can change later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
