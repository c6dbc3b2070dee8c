package org.incidentatlas.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.incidentatlas.system.Caches;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;
import org.incidentatlas.incident.FilterSql;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline, counted in PostgreSQL with one GROUP BY; Java only arranges the groups.
 */
@Repository
@Transactional(readOnly = true, timeoutString = "${atlas.database.read-timeout:10}")
public class TimelineQueries {

	private final NamedParameterJdbcTemplate jdbc;

	private final DataVersion data;

	/**
	 * Timelines already counted, keyed by the data version: a change to any incident
	 * retires them all.
	 */
	private final Cache<TimelineKey, Timeline> cache;

	private record TimelineKey(long dataVersion, IncidentFilter filter, TimelineInterval interval, String language) {
	}

	private record FitKey(long dataVersion, IncidentFilter filter) {
	}

	private final Cache<FitKey, TimelineInterval> fitted;

	TimelineQueries(NamedParameterJdbcTemplate jdbc, DataVersion data, Caches caches) {
		this.cache = caches.create("analysis.timelines",
				Caffeine.newBuilder()
					.maximumWeight(100_000)
					.weigher((TimelineKey key, Timeline t) -> 1 + t.buckets().size() + t.coarse().size()));
		this.fitted = caches.create("analysis.timeline-intervals", Caffeine.newBuilder().maximumSize(10_000));
		this.jdbc = jdbc;
		this.data = data;
	}

	public Timeline timeline(IncidentFilter filter, TimelineInterval interval, Locale locale) {
		return data.cached(cache, version -> new TimelineKey(version, filter, interval, locale.getLanguage()),
				() -> count(filter, interval, locale));
	}

	private Timeline count(IncidentFilter filter, TimelineInterval interval, Locale locale) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.incidents(filter, params);
		String unit = "'" + interval.sqlUnit() + "'";
		Map<String, Group> groups = new LinkedHashMap<>();
		Aggregates.roomToHash(jdbc);
		// first by the stored dates (a few tens of thousands of groups at 1M incidents,
		// read from the
		// covering index), then by period: date_trunc runs once per group instead of once
		// per incident
		jdbc.query("""
				select fits, start_day, end_day, precision, d.type, sum(d.n) as n,
				       sum(d.killed) as killed, sum(d.injured) as injured,
				       sum(d.killed_known) as killed_known, sum(d.injured_known) as injured_known
				from (select i.date_from, i.date_to, i.date_precision, i.type, count(*) as n,
				             coalesce(sum(i.killed), 0) as killed, coalesce(sum(i.injured), 0) as injured,
				             count(i.killed) as killed_known, count(i.injured) as injured_known
				      from incident i
				      where %2$s
				      group by i.date_from, i.date_to, i.date_precision, i.type) d
				cross join lateral (
				    select d.date_from is not null
				           and date_trunc(%1$s, d.date_from) = date_trunc(%1$s, d.date_to) as fits) f
				cross join lateral (
				    select case when f.fits then date_trunc(%1$s, d.date_from)::date else d.date_from end as start_day,
				           case when f.fits then null else d.date_to end as end_day,
				           case when f.fits then null else d.date_precision end as precision) g
				group by fits, start_day, end_day, precision, d.type
				order by start_day nulls last""".formatted(unit, where), params, rs -> {
			boolean fits = rs.getBoolean("fits");
			LocalDate start = rs.getDate("start_day") == null ? null : rs.getDate("start_day").toLocalDate();
			LocalDate end = rs.getDate("end_day") == null ? null : rs.getDate("end_day").toLocalDate();
			String precision = rs.getString("precision");
			String key = fits + "|" + start + "|" + end + "|" + precision;
			groups
				.computeIfAbsent(key,
						k -> new Group(fits, start, end, precision == null ? null : DatePrecision.valueOf(precision)))
				.add(IncidentType.valueOf(rs.getString("type")), rs.getLong("n"), rs.getLong("killed"),
						rs.getLong("injured"), rs.getLong("killed_known"), rs.getLong("injured_known"));
		});

		Map<LocalDate, Timeline.Bucket> periods = new LinkedHashMap<>();
		List<Timeline.Bucket> coarse = new ArrayList<>();
		Timeline.Bucket undated = new Timeline.Bucket(null, null, DatePrecision.UNKNOWN,
				DateRange.unknown().label(locale), 0, Map.of(), 0, 0, 0, 0);
		long total = 0;
		for (Group g : groups.values()) {
			total += g.count;
			if (g.fits) {
				periods.put(g.start, g.toBucket(g.start, interval.next(g.start).minusDays(1), null,
						interval.label(g.start, locale)));
			}
			else if (g.start == null) {
				undated = g.toBucket(null, null, DatePrecision.UNKNOWN, DateRange.unknown().label(locale));
			}
			else {
				coarse.add(g.toBucket(g.start, g.end, g.precision,
						new DateRange(g.start, g.end, g.precision).label(locale)));
			}
		}
		return new Timeline(interval, total, continuous(periods, interval, locale), coarse, undated);
	}

	/**
	 * A chart of more periods than this is a comb no one can read: the interval is made
	 * coarser.
	 */
	static final int MAX_PERIODS = 120;

	/**
	 * The finest interval at which most matching incidents can be placed: the one whose
	 * periods hold the whole date range of more than half of them. When most are known
	 * only to the year, a monthly timeline would place few and list the rest below it;
	 * the year fits instead. An interval that would draw more than {@value #MAX_PERIODS}
	 * periods from the first incident to the last gives way to the next coarser one,
	 * which places at least as many. Without matching incidents, the month.
	 */
	// no transaction of its own: an answer already counted is served without a database
	// connection, so the pages that show it stay up while the database is away
	@Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public TimelineInterval fittingInterval(IncidentFilter filter) {
		return data.cached(fitted, version -> new FitKey(version, filter), () -> fit(filter));
	}

	private TimelineInterval fit(IncidentFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.incidents(filter, params);
		StringBuilder counts = new StringBuilder(
				"coalesce(sum(d.n), 0) as total, min(d.date_from) as first, max(d.date_to) as last");
		for (TimelineInterval interval : TimelineInterval.values()) {
			counts.append(
					", coalesce(sum(d.n) filter (where date_trunc('%1$s', d.date_from) = date_trunc('%1$s', d.date_to)), 0) as %1$s"
						.formatted(interval.sqlUnit()));
		}
		// grouped by the stored dates first, as the timeline is: date_trunc runs once per
		// distinct range
		Aggregates.roomToHash(jdbc);
		Map<String, Object> row = jdbc.queryForMap("""
				select %s
				from (select i.date_from, i.date_to, count(*) as n from incident i where %s group by 1, 2) d"""
			.formatted(counts, where), params);
		long total = ((Number) row.get("total")).longValue();
		if (total == 0) {
			return TimelineInterval.MONTH;
		}
		LocalDate first = row.get("first") == null ? null : ((java.sql.Date) row.get("first")).toLocalDate();
		LocalDate last = row.get("last") == null ? null : ((java.sql.Date) row.get("last")).toLocalDate();
		for (TimelineInterval interval : TimelineInterval.values()) {
			if (((Number) row.get(interval.sqlUnit())).longValue() * 2 > total && readable(interval, first, last)) {
				return interval;
			}
		}
		return TimelineInterval.YEAR;
	}

	private static boolean readable(TimelineInterval interval, LocalDate first, LocalDate last) {
		if (first == null) {
			return true;
		}
		int periods = 0;
		for (LocalDate d = interval.start(first); !d.isAfter(last); d = interval.next(d)) {
			if (++periods > MAX_PERIODS) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Every period from the first to the last, so quiet months show as gaps rather than
	 * vanishing.
	 */
	private static List<Timeline.Bucket> continuous(Map<LocalDate, Timeline.Bucket> periods, TimelineInterval interval,
			Locale locale) {
		if (periods.isEmpty()) {
			return List.of();
		}
		LocalDate first = periods.keySet().stream().min(LocalDate::compareTo).orElseThrow();
		LocalDate last = periods.keySet().stream().max(LocalDate::compareTo).orElseThrow();
		List<Timeline.Bucket> all = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(last); d = interval.next(d)) {
			Timeline.Bucket bucket = periods.get(d);
			all.add(bucket != null ? bucket : new Timeline.Bucket(d, interval.next(d).minusDays(1), null,
					interval.label(d, locale), 0, Map.of(), 0, 0, 0, 0));
		}
		return all;
	}

	private static final class Group {

		final boolean fits;

		final LocalDate start;

		final LocalDate end;

		final DatePrecision precision;

		final Map<IncidentType, Long> byType = new EnumMap<>(IncidentType.class);

		long count;

		long killed;

		long injured;

		long killedKnown;

		long injuredKnown;

		Group(boolean fits, LocalDate start, LocalDate end, DatePrecision precision) {
			this.fits = fits;
			this.start = start;
			this.end = end;
			this.precision = precision;
		}

		void add(IncidentType type, long n, long killed, long injured, long killedKnown, long injuredKnown) {
			byType.merge(type, n, Long::sum);
			this.count += n;
			this.killed += killed;
			this.injured += injured;
			this.killedKnown += killedKnown;
			this.injuredKnown += injuredKnown;
		}

		Timeline.Bucket toBucket(LocalDate from, LocalDate to, DatePrecision p, String label) {
			return new Timeline.Bucket(from, to, p, label, count,
					java.util.Collections.unmodifiableMap(new EnumMap<>(byType)), killed, injured, killedKnown,
					injuredKnown);
		}

	}

}
