package org.incidentatlas;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QualityGateTest {

	@Test
	void somethingMissingSkipsOnADevelopersMachineAndFailsOnCi() {
		assertThatThrownBy(() -> QualityGate.require(false, "Chromium", false))
			.isInstanceOf(TestAbortedException.class);
		assertThatThrownBy(() -> QualityGate.require(false, "Chromium", true)).isInstanceOf(AssertionFailedError.class)
			.hasMessageContaining("CI=true")
			.hasMessageContaining("Chromium");
	}

	@Test
	void whatIsPresentGoesOnEverywhere() {
		assertThatCode(() -> QualityGate.require(true, "Chromium", true)).doesNotThrowAnyException();
		assertThatCode(() -> QualityGate.require(true, "Chromium", false)).doesNotThrowAnyException();
	}

}
