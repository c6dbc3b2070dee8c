package org.incidentatlas.overview;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.MapCells;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Totals for the front page, aggregated in PostgreSQL. */
@Repository
class OverviewQueries {

	private final JdbcTemplate jdbc;

	private final MapCells data;

	/** The totals of one data version: the front page is served from memory until the data change, or the database is away. */
	private volatile Counted counted;

	private record Counted(long version, OverviewTotals totals) {
	}

	OverviewQueries(JdbcTemplate jdbc, MapCells data) {
		this.jdbc = jdbc;
		this.data = data;
	}

	OverviewTotals totals() {
		long version = data.currentDataVersion();
		Counted known = counted;
		if (known == null || known.version() != version) {
			known = new Counted(version, count());
			counted = known;
		}
		return known.totals();
	}

	/**
	 * Published incidents by type and year. An incident is counted in the year its date range
	 * starts; incidents with an unknown date fall under a null year rather than being dropped.
	 */
	private OverviewTotals count() {
		Map<IncidentType, Map<Integer, Long>> counts = new TreeMap<>();
		TreeSet<Integer> years = new TreeSet<>();
		long[] undated = { 0 };
		jdbc.query("""
				select type, extract(year from date_from)::int as year, count(*) as n, sum(killed) as killed, sum(injured) as injured
				from incident where status = 'PUBLISHED'
				group by type, extract(year from date_from)""", rs -> {
			IncidentType type = IncidentType.valueOf(rs.getString("type"));
			Integer year = (Integer) rs.getObject("year");
			if (year == null) {
				undated[0] += rs.getLong("n");
				year = OverviewTotals.UNDATED;
			}
			else {
				years.add(year);
			}
			counts.computeIfAbsent(type, t -> new TreeMap<>()).merge(year, rs.getLong("n"), Long::sum);
		});
		Map<String, Long> sums = jdbc.queryForMap("""
				select count(*) as incidents, coalesce(sum(killed), 0) as killed, coalesce(sum(injured), 0) as injured,
				       count(*) filter (where killed is null) as killed_not_reported
				from incident where status = 'PUBLISHED' and family = 'VIOLENCE'""")
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()));
		Long statistics = jdbc.queryForObject("select count(*) from reported_statistic", Long.class);
		Long sources = jdbc.queryForObject("select count(*) from article", Long.class);
		return new OverviewTotals(List.copyOf(years.descendingSet()), counts, undated[0] > 0, sums.get("incidents"),
				sums.get("killed"), sums.get("injured"), sums.get("killed_not_reported"), statistics, sources);
	}

}
