package org.incidentatlas.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.incident.IncidentEditor;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DateRange;

/**
 * Rows of one file that report the same event as an earlier row, by the rule that finds
 * an existing incident's duplicates (IncidentQueries.sameEvents): the same type,
 * overlapping dates, and the same gazetteer place or, without one, the same point. The
 * import creates the first and skips the others. Plain Java: the rows are not in the
 * database yet.
 */
final class RepeatsInFile {

	private record Kept(int line, DateRange date, Double latitude, Double longitude) {

		boolean overlaps(DateRange other) {
			return !date.from().isAfter(other.to()) && !date.to().isBefore(other.from());
		}

	}

	private final Map<String, List<Kept>> byPlace = new HashMap<>();

	private final Map<IncidentType, List<Kept>> byType = new HashMap<>();

	/**
	 * The line of an earlier row that {@code row} repeats, or 0 when it repeats none (it
	 * is then remembered).
	 */
	int earlierLine(int line, IncidentEditor.NewIncident row) {
		if (!row.date().isKnown()) {
			return 0;
		}
		if (row.placeId() != null) {
			for (Kept kept : byPlace.getOrDefault(row.type() + "|" + row.placeId(), List.of())) {
				if (kept.overlaps(row.date())) {
					return kept.line();
				}
			}
		}
		else if (row.latitude() != null) {
			for (Kept kept : byType.getOrDefault(row.type(), List.of())) {
				if (kept.latitude() != null && kept.overlaps(row.date())
						&& Math.abs(kept.latitude() - row.latitude()) < 0.002
						&& Math.abs(kept.longitude() - row.longitude()) < 0.003) {
					return kept.line();
				}
			}
		}
		Kept kept = new Kept(line, row.date(), row.latitude(), row.longitude());
		if (row.placeId() != null) {
			byPlace.computeIfAbsent(row.type() + "|" + row.placeId(), k -> new ArrayList<>()).add(kept);
		}
		byType.computeIfAbsent(row.type(), k -> new ArrayList<>()).add(kept);
		return 0;
	}

}
