package org.incidentatlas.imports;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

class ImportExecutorTest {

	@Test
	void shuttingDownInterruptsARunAndWaitsUntilItHasCleanedUp() throws Exception {
		ThreadPoolTaskExecutor executor = new ImportExecutor().csvImportTaskExecutor();
		executor.initialize();
		CountDownLatch started = new CountDownLatch(1);
		AtomicBoolean interrupted = new AtomicBoolean();
		AtomicBoolean cleanedUp = new AtomicBoolean();
		executor.execute(() -> {
			started.countDown();
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				interrupted.set(true);
			}
			finally {
				try {
					// releasing the job's lock and marking it failed take a moment
					Thread.sleep(300);
				}
				catch (InterruptedException ignored) {
					// still cleaning up
				}
				cleanedUp.set(true);
			}
		});
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(executor.getThreadNamePrefix()).isEqualTo("csv-import-");
		executor.destroy();
		assertThat(interrupted).isTrue();
		assertThat(cleanedUp).as("the application waited for the run to clean up").isTrue();
	}

}
