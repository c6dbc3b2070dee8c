package org.incidentatlas.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread that runs imports, one after the other, as a Spring bean: the context shuts
 * it down when the application stops (a run under way is interrupted and given a few
 * seconds to mark its job failed and release its lock; the job can be run again), and
 * Boot's metrics show it as {@code executor.*} with the tag
 * {@code name=csvImportTaskExecutor}.
 */
@Configuration(proxyBeanMethods = false)
class ImportExecutor {

	static final String NAME = "csvImportTaskExecutor";

	/** Seconds the application waits at shutdown for an interrupted run to clean up. */
	static final int SHUTDOWN_WAIT_SECONDS = 10;

	@Bean(NAME)
	ThreadPoolTaskExecutor csvImportTaskExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		// a run waiting behind another holds its job's lock already: at most MAX_RUNS are
		// taken in
		executor.setQueueCapacity(ImportJobs.MAX_RUNS);
		executor.setThreadNamePrefix("csv-import-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.setAwaitTerminationSeconds(SHUTDOWN_WAIT_SECONDS);
		return executor;
	}

}
