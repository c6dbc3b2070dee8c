package org.incidentatlas.overview;

import java.util.List;
import java.util.Map;

import org.incidentatlas.incident.IncidentType;

/**
 * @param violenceKilledNotReported violent incidents whose death toll is not reported, so
 * "killed" is a lower bound
 */
public record OverviewTotals(List<Integer> years, Map<IncidentType, Map<Integer, Long>> counts, boolean hasUndated,
		long violentIncidents, long violenceKilled, long violenceInjured, long violenceKilledNotReported,
		long statistics, long articles) {

	public static final Integer UNDATED = -1;

	public long count(IncidentType type, Integer year) {
		return counts.getOrDefault(type, Map.of()).getOrDefault(year, 0L);
	}

	public long undated(IncidentType type) {
		return count(type, UNDATED);
	}

	public long total(IncidentType type) {
		return counts.getOrDefault(type, Map.of()).values().stream().mapToLong(Long::longValue).sum();
	}

	public List<IncidentType> types() {
		return List.copyOf(counts.keySet());
	}

}
