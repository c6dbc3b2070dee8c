package org.incidentatlas.review;

import org.incidentatlas.time.DateRange;

/**
 * An existing incident that may be the event a proposal reports: same family of types,
 * overlapping dates, the same place or one inside the other, and casualty counts that do
 * not contradict each other.
 *
 * @param sameType of the very same type: a strong candidate
 */
public record Suggestion(long incidentId, String type, DateRange date, String place, Integer killed, Integer injured,
		String summary, String status, boolean sameType, boolean samePlace) {
}
