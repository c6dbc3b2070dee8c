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

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.system.Caches;
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
			i.updated_at, i.status, i.retraction_reason, i.source_note, i.subtype, i.target, i.time_of_day, i.time_reported,
			i.time_precision""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	private final DataVersion data;

	/**
	 * Pages already read, keyed by the data version, the filter, the page and the
	 * reader's language (place names follow it). Weighed by incidents: about 20,000 at
	 * most. Each page holds the filter's total, so the pages after the first take it from
	 * the first when it is here.
	 */
	private final Cache<PageKey, IncidentPage> pages;

	private record PageKey(long dataVersion, IncidentFilter filter, int page, int size, boolean chronological,
			String language) {
	}

	IncidentQueries(NamedParameterJdbcTemplate jdbc, Gazetteer gazetteer, DataVersion data, Caches caches) {
		this.pages = caches.create("incident.pages",
				Caffeine.newBuilder()
					.maximumWeight(20_000)
					.weigher((PageKey key, IncidentPage page) -> 1 + page.items().size()));
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
	 * In date order, oldest first when {@code chronological}, newest first otherwise;
	 * undated incidents last. Opens no transaction of its own: a page already read is
	 * served without a database connection, so the list and the front page stay up while
	 * the database is away.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public IncidentPage find(IncidentFilter filter, int page, int size, boolean chronological) {
		java.util.OptionalLong version = data.current();
		if (version.isEmpty()) {
			// the caller's transaction changed data: what it sees is its own, and no
			// cache may keep it
			return read(filter, page, size, chronological, version);
		}
		PageKey key = new PageKey(version.getAsLong(), filter, page, size, chronological,
				org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
		// counting a filter costs far more than reading a page: a later page takes the
		// total from the first
		IncidentPage first = page == 0 ? null : pages.policy()
			.getIfPresentQuietly(new PageKey(key.dataVersion(), filter, 0, size, chronological, key.language()));
		return pages.get(key, k -> {
			data.requireReachable();
			return read(filter, page, size, chronological, version, first == null ? null : first.totalItems());
		});
	}

	private IncidentPage read(IncidentFilter filter, int page, int size, boolean chronological,
			java.util.OptionalLong version) {
		return read(filter, page, size, chronological, version, null);
	}

	/** With {@code knownTotal} null the filter is counted. */
	private IncidentPage read(IncidentFilter filter, int page, int size, boolean chronological,
			java.util.OptionalLong version, Long knownTotal) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.incidents(filter, params);
		// counting a filter over a million rows costs far more than fetching a page: the
		// map's cells answer when
		// they can
		java.util.function.Supplier<Long> count = () -> {
			Long fromCells = version.isEmpty() ? null : countFromCells(filter, version.getAsLong());
			return fromCells != null ? fromCells
					: jdbc.queryForObject("select count(*) from incident i where " + where, params, Long.class);
		};
		Long total = knownTotal != null ? knownTotal : count.get();
		params.addValue("limit", size).addValue("offset", (long) page * size);
		String order = chronological ? " order by %1$s.date_from asc nulls last, %1$s.id asc"
				: " order by %1$s.date_from desc nulls last, %1$s.id desc";
		// the page's ids come from an index-only scan of
		// incident_published_newest_covering, which holds every
		// filtered column; only the rows of the page are then read from the table
		List<Row> rows = jdbc.query("select " + COLUMNS + " from (select i.id, i.date_from from incident i where "
				+ where + order.formatted("i") + " limit :limit offset :offset) p join incident i on i.id = p.id"
				+ order.formatted("p"), params, IncidentQueries::row);
		return new IncidentPage(complete(rows), page, size, total == null ? 0 : total);
	}

	/**
	 * The number of incidents matching a filter of types and years only, summed from the
	 * map's cells (which count every published incident, located or not, by type and
	 * year); null when the cells cannot answer, or describe another version of the data
	 * than {@code version}.
	 */
	private Long countFromCells(IncidentFilter filter, long version) {
		if (filter.bbox() != null || !FilterSql.cellsCanAnswer(filter)) {
			return null;
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("version", version);
		// one statement, so the state and the cells are read in the same snapshot
		List<Long> total = jdbc.queryForList("""
				select (select coalesce(sum(n), 0) from %s)
				from map_cell_state where id = 1 and version = :version"""
			.formatted(FilterSql.cellTotals(filter, params)), params, Long.class);
		return total.isEmpty() ? null : total.get(0);
	}

	public long count(IncidentFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Long total = jdbc.queryForObject("select count(*) from incident i where " + FilterSql.incidents(filter, params),
				params, Long.class);
		return total == null ? 0 : total;
	}

	/** Any incident, drafts and retracted ones included: for editors only. */
	public Optional<IncidentView> findAnyStatus(long id) {
		return complete(jdbc.query("select " + COLUMNS + " from incident i where i.id = :id", Map.of("id", id),
				IncidentQueries::row))
			.stream()
			.findFirst();
	}

	/**
	 * Which candidates are probably an event already recorded: the same type, overlapping
	 * dates, and the same gazetteer place or, for a candidate without one, the same point
	 * (within about 200 m); retracted incidents do not count. An SQL query of
	 * {@code (key, id)}: the lowest id of such an incident for each candidate that has
	 * one. {@code candidates} is a relation with the columns {@code key}, {@code type},
	 * {@code date_from}, {@code date_to}, {@code place_id}, {@code latitude} and
	 * {@code longitude}. Written as joins, so that PostgreSQL can hash them rather than
	 * probe once per candidate.
	 */
	public static String sameEvents(String candidates) {
		return """
				select c.key, min(i.id) as id
				from %1$s c join incident i on i.place_id = c.place_id and i.type = c.type
				where i.status <> 'RETRACTED' and i.date_from <= c.date_to and i.date_to >= c.date_from
				group by c.key
				union all
				select c.key, min(i.id) as id
				from %1$s c join incident i on i.type = c.type
				where c.place_id is null and c.latitude is not null and i.status <> 'RETRACTED'
				  and i.date_from <= c.date_to and i.date_to >= c.date_from
				  and abs(i.latitude - c.latitude) < 0.002 and abs(i.longitude - c.longitude) < 0.003
				group by c.key""".formatted(candidates);
	}

	/** The review queue and the retracted list: newest change first. */
	public List<IncidentView> withStatus(IncidentStatus status, int limit) {
		return complete(jdbc.query(
				"select " + COLUMNS + " from incident i where i.status = :status"
						+ " order by i.updated_at desc, i.id desc limit :limit",
				Map.of("status", status.name(), "limit", limit), IncidentQueries::row));
	}

	/**
	 * The most recently published incidents that match a filter, newest first, for the
	 * feed: a fixed number of statements however many there are (the rows, then their
	 * sources, victims, groups and translations for all of them at once).
	 */
	public List<Published> newestPublished(IncidentFilter filter, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit);
		String where = FilterSql.incidents(filter, params);
		Map<Long, Instant> published = new HashMap<>();
		List<Row> rows = jdbc
			.query("""
					select %s, coalesce(p.at, i.created_at) as published
					from incident i
					left join lateral (select max(at) as at from audit_event e
					                   where e.entity = 'INCIDENT' and e.entity_id = i.id and e.action = 'PUBLISH') p on true
					where %s
					order by published desc, i.id desc limit :limit"""
				.formatted(COLUMNS, where), params, (rs, n) -> {
					published.put(rs.getLong("id"), rs.getTimestamp("published").toInstant());
					return row(rs, n);
				});
		return complete(rows).stream().map(view -> new Published(view, published.get(view.id()))).toList();
	}

	/**
	 * An incident with the moment it was published (its creation, for one loaded
	 * published).
	 */
	public record Published(IncidentView incident, Instant at) {
	}

	/**
	 * What happened to incidents after {@code since}, oldest first, at most
	 * {@code limit}: only what the public could see, a change to an incident published by
	 * then. A merge retracts the duplicate (its status changes to RETRACTED) and corrects
	 * the incident kept.
	 */
	public List<Change> changesSince(Instant since, int limit) {
		return jdbc.query("""
				select e.entity_id, e.action, e.at, i.status, e.reason,
				       e.changes @> '[{"field": "status", "after": "RETRACTED"}]'::jsonb as retracts
				from audit_event e join incident i on i.id = e.entity_id
				where e.entity = 'INCIDENT' and e.at > :since and e.action in ('PUBLISH', 'EDIT', 'MERGE', 'RETRACT')
				  and i.status in ('PUBLISHED', 'RETRACTED')
				  and (e.action = 'PUBLISH' or exists (select 1 from audit_event p where p.entity = 'INCIDENT'
				       and p.entity_id = e.entity_id and p.action = 'PUBLISH' and p.at <= e.at))
				order by e.at, e.id limit :limit""",
				new MapSqlParameterSource().addValue("since", java.sql.Timestamp.from(since)).addValue("limit", limit),
				(rs, n) -> new Change(rs.getLong(1),
						rs.getString(2).equals("PUBLISH") ? Change.Kind.PUBLISHED
								: rs.getString(2).equals("RETRACT") || rs.getBoolean(6) ? Change.Kind.RETRACTED
										: Change.Kind.CORRECTED,
						rs.getTimestamp(3).toInstant(), IncidentStatus.valueOf(rs.getString(4)), rs.getString(5)));
	}

	/**
	 * A change to a published incident, as the audit trail records it, with the
	 * incident's status now.
	 */
	public record Change(long id, Kind kind, Instant at, IncidentStatus status, String reason) {

		public enum Kind {

			PUBLISHED, CORRECTED, RETRACTED

		}

	}

	/** The status of any incident; empty when there is no such incident. */
	public Optional<IncidentStatus> status(long id) {
		return jdbc
			.query("select status from incident where id = :id", Map.of("id", id),
					(rs, n) -> IncidentStatus.valueOf(rs.getString(1)))
			.stream()
			.findFirst();
	}

	public Optional<IncidentView> findPublished(long id) {
		List<Row> rows = jdbc.query(
				"select " + COLUMNS + " from incident i where i.id = :id and i.status = 'PUBLISHED'", Map.of("id", id),
				IncidentQueries::row);
		return complete(rows).stream().findFirst();
	}

	/**
	 * When and why a once-published incident was retracted; empty for any other incident,
	 * including a draft retracted before anyone could see it. The retraction is the last
	 * RETRACT or MERGE in its audit trail (nothing changes a retracted incident after
	 * that).
	 */
	public Optional<Retraction> retraction(long id) {
		return jdbc
			.query("""
					select i.id, i.retraction_reason,
					       coalesce((select max(e.at) from audit_event e where e.entity = 'INCIDENT' and e.entity_id = i.id
					                 and e.action in ('RETRACT', 'MERGE')), i.updated_at) as at
					from incident i
					where i.id = :id and i.status = 'RETRACTED'
					  and exists (select 1 from audit_event p where p.entity = 'INCIDENT' and p.entity_id = i.id and p.action = 'PUBLISH')""",
					Map.of("id", id),
					(rs, n) -> new Retraction(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
							rs.getString("retraction_reason")))
			.stream()
			.findFirst();
	}

	/**
	 * Repeat targets: the earlier violent incidents, published, at the same street in the
	 * same municipality (the same gazetteer place, or two places in one municipality),
	 * oldest first. For the public ({@code includeHidden} false) an incident whose
	 * location is hidden counts on neither side: a hidden incident gets no such list, and
	 * is in no other incident's list, so its street cannot be inferred. Editors see every
	 * one, marked hidden where it is.
	 */
	public List<EarlierAttack> earlierAtSameStreet(long id, boolean includeHidden) {
		return jdbc.query("""
				select e.id, e.type, e.date_from, e.date_to, e.date_precision,
				       coalesce(e.address_key = i.address_key, false) as same_address, e.location_hidden
				from incident i
				join incident e on e.street_key = i.street_key and e.id <> i.id
				where i.id = :id and i.street_key is not null and i.date_from is not null
				  and e.status = 'PUBLISHED' and e.family = 'VIOLENCE' and e.date_from is not null
				  and (e.date_from, e.id) < (i.date_from, i.id)
				  and (:hidden or not (i.location_hidden or e.location_hidden))
				  and (e.place_id = i.place_id or exists (
				      select 1 from place_closure a
				      join place_closure b on b.ancestor_id = a.ancestor_id
				      join place m on m.id = a.ancestor_id and m.kind = 'MUNICIPALITY'
				      where a.descendant_id = i.place_id and b.descendant_id = e.place_id))
				order by e.date_from, e.id""", Map.of("id", id, "hidden", includeHidden),
				(rs, n) -> new EarlierAttack(rs.getLong(1), IncidentType.valueOf(rs.getString(2)), dateRange(rs, 3),
						rs.getBoolean(6), rs.getBoolean(7)));
	}

	/**
	 * An earlier incident at the same street; {@code sameAddress} when the house number
	 * is the same too.
	 */
	public record EarlierAttack(long id, IncidentType type, DateRange date, boolean sameAddress, boolean hidden) {
	}

	/**
	 * A published incident taken back: when, and why (a merged duplicate's reason names
	 * the incident kept).
	 */
	public record Retraction(long id, Instant at, String reason) {
	}

	private List<IncidentView> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<IncidentView.SourceView>> sources = sources(ids);
		Map<Long, List<IncidentView.VictimView>> victims = victims(ids);
		Map<Long, List<IncidentView.ActorView>> actors = actors(ids);
		Map<Long, Map<String, IncidentView.Translation>> translations = translations(ids);
		return rows.stream()
			.map(r -> new IncidentView(r.id(), r.type(), r.date(),
					PublicLocation.of(gazetteer, r.countryCode(), r.placeId(), r.locality(), r.street(), r.latitude(),
							r.longitude(), r.precision(), r.hidden()),
					r.killed(), r.injured(), r.summary(), sources.getOrDefault(r.id(), List.of()),
					victims.getOrDefault(r.id(), List.of()), actors.getOrDefault(r.id(), List.of()), r.updatedAt(),
					r.status(), r.retractionReason(), r.sourceNote(), translations.getOrDefault(r.id(), Map.of()),
					r.coding()))
			.toList();
	}

	private Map<Long, Map<String, IncidentView.Translation>> translations(Collection<Long> ids) {
		Map<Long, Map<String, IncidentView.Translation>> byIncident = new HashMap<>();
		jdbc.query(
				"select incident_id, language, summary, source_note from incident_summary where incident_id in (:ids)",
				Map.of("ids", ids), rs -> {
					byIncident.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
						.put(rs.getString(2), new IncidentView.Translation(rs.getString(3), rs.getString(4)));
				});
		return byIncident;
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
				rs.getString("street"), (Double) rs.getObject("public_latitude"),
				(Double) rs.getObject("public_longitude"), GeoPrecision.valueOf(rs.getString("public_geo_precision")),
				rs.getBoolean("location_hidden"), (Integer) rs.getObject("killed"), (Integer) rs.getObject("injured"),
				rs.getString("summary"), rs.getTimestamp("updated_at").toInstant(),
				IncidentStatus.valueOf(rs.getString("status")), rs.getString("retraction_reason"),
				rs.getString("source_note"), coding(rs));
	}

	/**
	 * The sub-type, target and time of day of the row at {@code rs}, from its columns of
	 * the same names.
	 */
	public static IncidentView.Coding coding(ResultSet rs) throws SQLException {
		String subtype = rs.getString("subtype");
		String target = rs.getString("target");
		String part = rs.getString("time_of_day");
		java.sql.Time time = rs.getTime("time_reported");
		ReportedTime reported = part == null ? null
				: new ReportedTime(TimeOfDay.valueOf(part), time == null ? null : time.toLocalTime(),
						ReportedTime.Precision.valueOf(rs.getString("time_precision")));
		return new IncidentView.Coding(subtype == null ? null : IncidentSubtype.valueOf(subtype),
				target == null ? null : IncidentTarget.valueOf(target), reported);
	}

	/**
	 * Reads (from, to, precision) from three consecutive columns starting at
	 * {@code first}.
	 */
	public static DateRange dateRange(ResultSet rs, int first) throws SQLException {
		java.sql.Date from = rs.getDate(first);
		java.sql.Date to = rs.getDate(first + 1);
		DatePrecision precision = DatePrecision.valueOf(rs.getString(first + 2));
		return new DateRange(from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(), precision);
	}

	private record Row(long id, IncidentType type, DateRange date, String countryCode, Integer placeId, String locality,
			String street, Double latitude, Double longitude, GeoPrecision precision, boolean hidden, Integer killed,
			Integer injured, String summary, Instant updatedAt, IncidentStatus status, String retractionReason,
			String sourceNote, IncidentView.Coding coding) {
	}

}
