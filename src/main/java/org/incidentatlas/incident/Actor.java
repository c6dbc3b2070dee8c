package org.incidentatlas.incident;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A group or network named in connection with an incident. */
@Embeddable
public record Actor(String name, @Enumerated(EnumType.STRING) Role role) {

	public enum Role {

		PERPETRATOR, TARGET, NAMED

	}

}
