package org.incidentatlas.synthetic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that hold the generator's database sessions, one per session, as a Spring
 * bean like the import runner: the context stops them when the run exits, and the metrics
 * show them as {@code executor.*} with the tag {@code name=syntheticTaskExecutor}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("synthetic")
class SyntheticExecutor {

	static final String NAME = "syntheticTaskExecutor";

	@Bean(NAME)
	ThreadPoolTaskExecutor syntheticTaskExecutor(SyntheticDataProperties properties) {
		// the generator refuses more than 8 sessions; the pool never holds more
		int sessions = Math.max(1, Math.min(properties.sessions(), 8));
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(sessions);
		executor.setMaxPoolSize(sessions);
		executor.setThreadNamePrefix("synthetic-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

}
