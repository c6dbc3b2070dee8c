package org.incidentatlas.incident;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the data version, after a commit only, that this instance changed data. */
@Component
class DataChangeListener {

	private final DataVersion version;

	DataChangeListener(DataVersion version) {
		this.version = version;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void afterCommit(DataChanged change) {
		version.forget();
	}

}
