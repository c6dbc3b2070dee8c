package org.incidentatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands a newcomer reads in the README are the ones CI runs. */
class ReadmeCommandsTest {

	static final Pattern TEST_COMMAND = Pattern.compile("\\./mvnw[^`\\n]*\\b(verify|test)\\b[^`\\n]*");

	static final Pattern RUN_COMMAND = Pattern.compile("\\./mvnw[^`\\n]*spring-boot:run[^`\\n]*");

	@Test
	void ciRunsExactlyTheReadmeTestCommand() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String ci = Files.readString(Path.of(".ci/run"));
		Matcher test = TEST_COMMAND.matcher(readme);
		assertThat(test.find()).as("the README names a ./mvnw test command").isTrue();
		assertThat(ci.lines().map(String::strip)).as(".ci/run runs it as a line of its own")
			.contains(test.group().strip());
	}

	@Test
	void theReadmeNamesTheRunCommand() throws IOException {
		assertThat(RUN_COMMAND.matcher(Files.readString(Path.of("README.md"))).find()).isTrue();
	}

}
