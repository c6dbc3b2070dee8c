package org.incidentatlas.incident;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.system.InvalidFieldsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The data version this instance remembers is dropped after a committed change, so its
 * caches see the change at once; a write that is rolled back drops nothing.
 */
@IntegrationTest
class DataChangedAfterCommitTest {

	@MockitoSpyBean
	DataVersion version;

	@Autowired
	IncidentEditor editor;

	@Autowired
	IncidentQueries incidents;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void forgetStartup() {
		clearInvocations(version);
	}

	@Test
	void aRolledBackWriteLeavesTheRememberedVersionAlone() {
		Long id = transaction.execute(status -> {
			long created = editor.create(IncidentEditorTest.form("Rolled back before anyone saw it", 0), "anna");
			editor.publish(created, "anna");
			status.setRollbackOnly();
			return created;
		});
		verify(version, never()).forget();
		assertThat(incidents.status(id)).isEmpty();
	}

	@Test
	void aWriteThatFailsInsideItsTransactionLeavesTheRememberedVersionAlone() {
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			long created = editor.create(IncidentEditorTest.form("Published twice by mistake", 0), "anna");
			editor.publish(created, "anna");
			editor.publish(created, "anna");
		})).isInstanceOf(InvalidFieldsException.class);
		verify(version, never()).forget();
	}

	@Test
	void aCommittedWriteDropsTheRememberedVersionOnceAfterTheCommit() {
		Long id = transaction.execute(status -> {
			long created = editor.create(IncidentEditorTest.form("Committed and then retracted", 0), "anna");
			// inside the transaction nothing is dropped yet: others cannot see the change
			// before the commit
			verify(version, never()).forget();
			return created;
		});
		verify(version, times(1)).forget();

		editor.retract(id, "A test record.", "anna");
		verify(version, times(2)).forget();
		assertThat(incidents.status(id)).contains(IncidentStatus.RETRACTED);
	}

}
