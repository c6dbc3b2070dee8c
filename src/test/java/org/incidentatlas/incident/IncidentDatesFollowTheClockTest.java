package org.incidentatlas.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "In the future" means after the day the injected clock says, not the machine's. */
@FixedDataTest
@Transactional
@Import(IncidentDatesFollowTheClockTest.NewYear2030.class)
class IncidentDatesFollowTheClockTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class NewYear2030 {

		@Bean
		@Primary
		Clock newYear2030() {
			return Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Autowired
	IncidentEditor editor;

	private static IncidentForm dated(String date) {
		return new IncidentForm(IncidentType.SHOOTING, date, "Borgerhout", null, null, null, null, null, null, false, 0,
				null, "Shots fired at a house");
	}

	@Test
	void aDateIsInTheFutureOnlyAfterTheDayOfTheInjectedClock() {
		assertThat(editor.create(dated("2029-06-01"), "anna")).as("past by the clock, future by the machine")
			.isPositive();
		assertThat(editor.create(dated("2030-01-01"), "anna")).isPositive();
		assertThatThrownBy(() -> editor.create(dated("2030-01-02"), "anna"))
			.isInstanceOf(org.incidentatlas.system.InvalidFieldsException.class)
			.satisfies(ex -> assertThat(((org.incidentatlas.system.InvalidFieldsException) ex).problems())
				.extracting(org.incidentatlas.system.InvalidFieldsException.FieldProblem::field)
				.containsExactly("date"));
	}

}
