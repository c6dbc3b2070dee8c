package org.incidentatlas.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DatePrecision;

/**
 * Incidents per period. An incident counts in a bucket only when its whole date range
 * lies in that period; one known only more coarsely ("2023" on a monthly timeline) goes
 * to {@code coarse}, grouped by its own range, and one with no date to {@code undated}.
 * The bucket counts, the coarse counts and the undated count add up to {@code total}.
 *
 * @param buckets every period from the first to the last with incidents, empty ones
 * included
 */
public record Timeline(TimelineInterval interval, long total, List<Bucket> buckets, List<Bucket> coarse,
		Bucket undated) {

	/**
	 * @param precision null for a period of the timeline; for a coarse group, how
	 * precisely its dates are known
	 * @param killed and {@code injured} add up what is reported; unreported tolls add
	 * nothing
	 * @param killedKnown incidents of the bucket that report how many were killed: with
	 * none, {@code killed} is not known
	 * @param injuredKnown the same for the injured
	 */
	public record Bucket(LocalDate start, LocalDate end, DatePrecision precision, String label, long count,
			Map<IncidentType, Long> byType, long killed, long injured, long killedKnown, long injuredKnown) {
	}

}
