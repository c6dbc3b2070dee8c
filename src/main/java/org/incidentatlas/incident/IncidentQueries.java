package org.incidentatlas.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published incidents straight into view records. Filtering, counting and paging
 * happen in PostgreSQL; sources, victims and groups are fetched for a whole page at once.
 */
@Repository
@Transactional(readOnly = true, timeoutString = "${atlas.database.read-timeout:10}")
public class IncidentQueries {

	private static final String COLUMNS = """
			i.id, i.type, i.date_from, i.date_to, i.date_precision, i.country_code, i.place_id, i.locality, i.street,
			i.public_latitude, i.public_longitude, i.public_geo_precision, i.location_hidden, i.killed, i.injured, i.summary,
			i.updated_at, i.status, i.retraction_reason""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	private final com.github.benmanes.caffeine.cache.Cache<String, Long> counts = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumSize(10_000)
		.build();

	private final MapCells data;

	IncidentQueries(NamedParameterJdbcTemplate jdbc, Gazetteer gazetteer, MapCells data) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.data = data;
	}

	/** Newest first; undated incidents last. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public IncidentPage find(IncidentFilter filter, int page, int size) {
		return find(filter, page, size, false);
	}

	/**
	 * Pages already read, keyed by the data version, the filter, the page and the reader's
	 * language (place names follow it). Weighed by incidents: about 20,000 at most.
	 */
	private final com.github.benmanes.caffeine.cache.Cache<String, IncidentPage> pages = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumWeight(20_000)
		.weigher((String key, IncidentPage page) -> 1 + page.items().size())
		.build();

	/**
	 * In date order, oldest first when {@code chronological}, newest first otherwise; undated incidents last.
	 * Opens no transaction of its own: a page already read is served without a database connection, so the
	 * list and the front page stay up while the database is away.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public IncidentPage find(IncidentFilter filter, int page, int size, boolean chronological) {
		long version = data.currentDataVersion();
		String key = version + "|" + filter + "|" + page + "|" + size + "|" + chronological + "|"
				+ org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
		return pages.get(key, k -> {
			data.requireReachable();
			return read(filter, page, size, chronological, version);
		});
	}

	private IncidentPage read(IncidentFilter filter, int page, int size, boolean chronological, long version) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		// counting a filter over a million rows costs far more than fetching a page: count once per data version,
		// from the map's cells when they can answer
		Long total = counts.get(version + "|" + filter, k -> {
			Long fromCells = countFromCells(filter, version);
			return fromCells != null ? fromCells
					: jdbc.queryForObject("select count(*) from incident i where " + where, params, Long.class);
		});
		params.addValue("limit", size).addValue("offset", (long) page * size);
		String order = chronological ? " order by %1$s.date_from asc nulls last, %1$s.id asc"
				: " order by %1$s.date_from desc nulls last, %1$s.id desc";
		// the page's ids come from an index-only scan of incident_published_newest_covering, which holds every
		// filtered column; only the rows of the page are then read from the table
		List<Row> rows = jdbc.query("select " + COLUMNS + " from (select i.id, i.date_from from incident i where " + where
				+ order.formatted("i") + " limit :limit offset :offset) p join incident i on i.id = p.id"
				+ order.formatted("p"), params, IncidentQueries::row);
		return new IncidentPage(complete(rows), page, size, total == null ? 0 : total);
	}

	/**
	 * The number of incidents matching a filter of types and years only, summed from the map's
	 * cells (which count every published incident, located or not, by type and year); null when
	 * the cells cannot answer, or describe another version of the data than {@code version}.
	 */
	private Long countFromCells(IncidentFilter filter, long version) {
		if (filter.bbox() != null || !MapQueries.tableCanAnswer(filter)) {
			return null;
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("version", version);
		// one statement, so the state and the cells are read in the same snapshot
		List<Long> total = jdbc.queryForList("""
				select (select coalesce(sum(n), 0) from %s)
				from map_cell_state where id = 1 and not stale and version = :version""".formatted(
				MapQueries.totalCells(filter, params)), params, Long.class);
		return total.isEmpty() ? null : total.get(0);
	}

	public long count(IncidentFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Long total = jdbc.queryForObject("select count(*) from incident i where " + where(filter, params), params, Long.class);
		return total == null ? 0 : total;
	}

	/** Any incident, drafts and retracted ones included: for editors only. */
	public Optional<IncidentView> findAnyStatus(long id) {
		return complete(jdbc.query("select " + COLUMNS + " from incident i where i.id = :id", Map.of("id", id),
				IncidentQueries::row)).stream().findFirst();
	}

	/** An incident that is probably the same event: same type, overlapping dates, same place or the same point. */
	public List<Long> likelyDuplicates(String type, java.time.LocalDate from, java.time.LocalDate to, Integer placeId,
			Double lat, Double lon) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("type", type)
			.addValue("from", from)
			.addValue("to", to)
			.addValue("placeId", placeId, java.sql.Types.INTEGER)
			.addValue("lat", lat, java.sql.Types.DOUBLE)
			.addValue("lon", lon, java.sql.Types.DOUBLE);
		return jdbc.queryForList("""
				select i.id from incident i
				where i.type = :type and i.status <> 'RETRACTED' and i.date_from <= :to and i.date_to >= :from
				  and ((cast(:placeId as integer) is not null and i.place_id = :placeId)
				       or (cast(:placeId as integer) is null and cast(:lat as double precision) is not null
				           and abs(i.latitude - :lat) < 0.002 and abs(i.longitude - :lon) < 0.003))
				order by i.id limit 1""", params, Long.class);
	}

	/** The review queue and the retracted list: newest change first. */
	public List<IncidentView> withStatus(IncidentStatus status, int limit) {
		return complete(jdbc.query("select " + COLUMNS + " from incident i where i.status = :status"
				+ " order by i.updated_at desc, i.id desc limit :limit", Map.of("status", status.name(), "limit", limit),
				IncidentQueries::row));
	}

	public Optional<IncidentView> findPublished(long id) {
		List<Row> rows = jdbc.query("select " + COLUMNS + " from incident i where i.id = :id and i.status = 'PUBLISHED'",
				Map.of("id", id), IncidentQueries::row);
		return complete(rows).stream().findFirst();
	}

	/** The SQL condition for a filter on {@code incident i}; every value travels as a bind parameter. */
	public static String where(IncidentFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("i.status = 'PUBLISHED'");
		conditions.add("i.type in (:types)");
		params.addValue("types", filter.types().stream().map(Enum::name).toList());
		if (!filter.placeIds().isEmpty()) {
			conditions.add("i.place_id in (select c.descendant_id from place_closure c where c.ancestor_id in (:places))");
			params.addValue("places", filter.placeIds());
		}
		if (!filter.years().isEmpty()) {
			List<String> overlaps = new ArrayList<>();
			int n = 0;
			for (int year : filter.years()) {
				overlaps.add("(i.date_from <= :yearEnd" + n + " and i.date_to >= :yearStart" + n + ")");
				params.addValue("yearStart" + n, java.time.LocalDate.of(year, 1, 1));
				params.addValue("yearEnd" + n, java.time.LocalDate.of(year, 12, 31));
				n++;
			}
			conditions.add("(" + String.join(" or ", overlaps) + ")");
		}
		if (filter.from() != null) {
			conditions.add("i.date_to >= :from");
			params.addValue("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add("i.date_from <= :to");
			params.addValue("to", filter.to());
		}
		if (filter.minKilled() != null) {
			conditions.add("i.killed >= :minKilled");
			params.addValue("minKilled", filter.minKilled());
		}
		if (filter.bbox() != null) {
			conditions.add("point(i.public_longitude, i.public_latitude) <@ box(point(:west, :south), point(:east, :north))");
			params.addValue("west", filter.bbox().west())
				.addValue("south", filter.bbox().south())
				.addValue("east", filter.bbox().east())
				.addValue("north", filter.bbox().north());
		}
		if (filter.q() != null) {
			conditions.add("i.search_vector @@ websearch_to_tsquery('english', :q)");
			params.addValue("q", filter.q());
		}
		return String.join(" and ", conditions);
	}

	private List<IncidentView> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<IncidentView.SourceView>> sources = sources(ids);
		Map<Long, List<IncidentView.VictimView>> victims = victims(ids);
		Map<Long, List<IncidentView.ActorView>> actors = actors(ids);
		return rows.stream()
			.map(r -> new IncidentView(r.id(), r.type(), r.date(),
					PublicLocation.of(gazetteer, r.countryCode(), r.placeId(), r.locality(), r.street(), r.latitude(),
							r.longitude(), r.precision(), r.hidden()),
					r.killed(), r.injured(), r.summary(), sources.getOrDefault(r.id(), List.of()),
					victims.getOrDefault(r.id(), List.of()), actors.getOrDefault(r.id(), List.of()), r.updatedAt(), r.status(),
					r.retractionReason()))
			.toList();
	}

	private Map<Long, List<IncidentView.SourceView>> sources(Collection<Long> ids) {
		Map<Long, List<IncidentView.SourceView>> byIncident = new HashMap<>();
		jdbc.query("""
				select s.incident_id, a.id, a.title, a.publisher, a.url, a.published_from, a.published_to,
				       a.published_precision, a.language, s.evidence_start, s.evidence_end
				from incident_source s join article a on a.id = s.article_id
				where s.incident_id in (:ids) order by a.published_from nulls last, a.id""", Map.of("ids", ids), rs -> {
			byIncident.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new IncidentView.SourceView(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						dateRange(rs, 6), rs.getString(9), (Integer) rs.getObject(10), (Integer) rs.getObject(11)));
		});
		return byIncident;
	}

	private Map<Long, List<IncidentView.VictimView>> victims(Collection<Long> ids) {
		Map<Long, List<IncidentView.VictimView>> byIncident = new LinkedHashMap<>();
		jdbc.query("""
				select incident_id, age, gender, minor, outcome, description from victim
				where incident_id in (:ids) order by incident_id, position""", Map.of("ids", ids), rs -> {
			byIncident.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new IncidentView.VictimView((Integer) rs.getObject(2), Gender.valueOf(rs.getString(3)),
						(Boolean) rs.getObject(4), VictimOutcome.valueOf(rs.getString(5)), rs.getString(6)));
		});
		return byIncident;
	}

	private Map<Long, List<IncidentView.ActorView>> actors(Collection<Long> ids) {
		Map<Long, List<IncidentView.ActorView>> byIncident = new HashMap<>();
		jdbc.query("select incident_id, name, role from incident_actor where incident_id in (:ids) order by name",
				Map.of("ids", ids), rs -> {
					byIncident.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new IncidentView.ActorView(rs.getString(2), Actor.Role.valueOf(rs.getString(3))));
				});
		return byIncident;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), IncidentType.valueOf(rs.getString("type")), dateRange(rs, 3),
				rs.getString("country_code"), (Integer) rs.getObject("place_id"), rs.getString("locality"),
				rs.getString("street"), (Double) rs.getObject("public_latitude"), (Double) rs.getObject("public_longitude"),
				GeoPrecision.valueOf(rs.getString("public_geo_precision")), rs.getBoolean("location_hidden"),
				(Integer) rs.getObject("killed"), (Integer) rs.getObject("injured"), rs.getString("summary"),
				rs.getTimestamp("updated_at").toInstant(), IncidentStatus.valueOf(rs.getString("status")),
				rs.getString("retraction_reason"));
	}

	/** Reads (from, to, precision) from three consecutive columns starting at {@code first}. */
	static DateRange dateRange(ResultSet rs, int first) throws SQLException {
		java.sql.Date from = rs.getDate(first);
		java.sql.Date to = rs.getDate(first + 1);
		DatePrecision precision = DatePrecision.valueOf(rs.getString(first + 2));
		return new DateRange(from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(), precision);
	}

	private record Row(long id, IncidentType type, DateRange date, String countryCode, Integer placeId, String locality,
			String street, Double latitude, Double longitude, GeoPrecision precision, boolean hidden, Integer killed,
			Integer injured, String summary, Instant updatedAt, IncidentStatus status, String retractionReason) {
	}

}
