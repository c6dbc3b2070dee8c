package org.incidentatlas.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.incidentatlas.article.WebAddress;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.incidentatlas.system.Caches;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.InvalidParameterException;
import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlaceKind;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.incident.FilterSql;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The place × year table, aggregated in PostgreSQL. Places are cities by default
 * (Brussels' communes count as Brussels, Antwerp's districts as Antwerp) or
 * municipalities, with the 19 communes apart.
 */
@Repository
@Transactional(readOnly = true, timeoutString = "${atlas.database.read-timeout:10}")
public class CityYearQueries {

	public static final List<String> LEVELS = List.of("city", "municipality");

	private final NamedParameterJdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	private final DataVersion data;

	private final CoverageQueries coverage;

	/** Tables already counted, keyed by the data version. */
	private final Cache<TableKey, CityYearTable> cache;

	private record TableKey(long dataVersion, IncidentFilter filter, String level, String language) {
	}

	CityYearQueries(NamedParameterJdbcTemplate jdbc, Gazetteer gazetteer, DataVersion data, Caches caches,
			CoverageQueries coverage) {
		this.cache = caches.create("analysis.city-years",
				Caffeine.newBuilder()
					.maximumWeight(100_000)
					.weigher((TableKey key, CityYearTable t) -> 1 + t.rows().size()));
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.data = data;
		this.coverage = coverage;
	}

	public static String level(String value) {
		if (value == null || value.isBlank()) {
			return "city";
		}
		String level = value.strip().toLowerCase(Locale.ROOT);
		if (!LEVELS.contains(level)) {
			throw new InvalidParameterException("level", "parameter.level.unknown", value);
		}
		return level;
	}

	/**
	 * Counted once per data version, which changes with incidents and reported figures
	 * alike.
	 */
	public CityYearTable table(IncidentFilter filter, String level, Locale locale) {
		return data.cached(cache, version -> new TableKey(version, filter, level, locale.getLanguage()),
				() -> count(filter, level, locale));
	}

	private CityYearTable count(IncidentFilter filter, String level, Locale locale) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.incidents(filter, params);
		String mapping = level.equals("municipality") ? "place_municipality pm on pm.place_id = i.place_id"
				: "place_city pm on pm.place_id = i.place_id";
		String placeColumn = level.equals("municipality") ? "pm.municipality_id" : "pm.city_id";
		Map<String, RowBuilder> rows = new LinkedHashMap<>();
		Aggregates.roomToHash(jdbc);
		jdbc.query(
				"""
						select %s as place_id, i.country_code, extract(year from i.date_from)::int as year, i.type, count(*) as n,
						       coalesce(sum(i.killed), 0) as killed, coalesce(sum(i.injured), 0) as injured,
						       count(*) filter (where i.killed is null) as killed_not_reported,
						       count(*) filter (where i.injured is null) as injured_not_reported
						from incident i left join %s
						where %s
						group by 1, 2, 3, 4"""
					.formatted(placeColumn, mapping, where),
				params, rs -> {
					Integer placeId = (Integer) rs.getObject("place_id");
					String country = rs.getString("country_code");
					Integer year = (Integer) rs.getObject("year");
					RowBuilder row = rows.computeIfAbsent(key(placeId, country, year),
							k -> new RowBuilder(placeId, country, year));
					row.add(IncidentType.valueOf(rs.getString("type")), rs.getLong("n"), rs.getLong("killed"),
							rs.getLong("injured"), rs.getLong("killed_not_reported"),
							rs.getLong("injured_not_reported"));
				});
		FilterCoverage covered = coverage.coverage(filter, locale);
		Map<Long, String> gaps = new java.util.HashMap<>();
		covered.gaps().forEach(g -> gaps.put(g.statisticId(), g.sentence()));
		Map<String, Long> articles = level.equals("municipality")
				? coverage.articlesPerPlaceAndYear(filter, "place_municipality", "municipality_id")
				: coverage.articlesPerPlaceAndYear(filter, "place_city", "city_id");

		List<CityYearTable.Figure> elsewhere = new ArrayList<>();
		for (Reported r : reported(filter, locale)) {
			Place place = r.placeId() == null ? null : gazetteer.byId(r.placeId()).orElse(null);
			boolean local = place != null && place.kind().isLocal();
			CityYearTable.Figure figure = r.figure(locale, gaps.get(r.id()));
			if (local && figure.year() != null) {
				Integer shownAs = level.equals("city") ? cityOf(place) : place.id();
				rows.computeIfAbsent(key(shownAs, place.countryCode(), figure.year()),
						k -> new RowBuilder(shownAs, place.countryCode(), figure.year())).reported
					.add(figure);
			}
			else {
				elsewhere.add(figure);
			}
		}
		Map<String, Long> incidentsByKey = new java.util.HashMap<>();
		rows.forEach((key, row) -> incidentsByKey.put(key, row.incidents));
		List<CityYearTable.Row> result = rows.values()
			.stream()
			.map(b -> b.build(gazetteer, locale, articles.getOrDefault(b.placeId + "|" + b.year, 0L),
					previousYear(filter, b, incidentsByKey)))
			.sorted(Comparator.comparing(CityYearTable.Row::placeKey, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(CityYearTable.Row::countryCode, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(CityYearTable.Row::year, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		return new CityYearTable(level, result, elsewhere, covered);
	}

	/**
	 * The change from the year before: that year's recorded incidents in the same place,
	 * 0 when none are; null when the filter leaves the year before out, so the table
	 * cannot know.
	 */
	private static Long previousYear(IncidentFilter filter, RowBuilder row, Map<String, Long> incidentsByKey) {
		if (row.year == null) {
			return null;
		}
		int before = row.year - 1;
		boolean outsideFilter = !filter.years().isEmpty() && !filter.years().contains(before)
				|| filter.from() != null && filter.from().getYear() > before
				|| filter.to() != null && filter.to().getYear() < before;
		if (outsideFilter) {
			return null;
		}
		return row.incidents - incidentsByKey.getOrDefault(key(row.placeId, row.country, before), 0L);
	}

	/**
	 * The city a place counts under: Brussels for its communes, Antwerp for its
	 * districts.
	 */
	private Integer cityOf(Place place) {
		for (Place p : gazetteer.lineage(place.id())) {
			Place parent = p.parentId() == null ? null : gazetteer.byId(p.parentId()).orElse(null);
			boolean commune = parent != null && parent.kind() == PlaceKind.CITY_REGION;
			if (p.kind() == PlaceKind.CITY_REGION || p.kind() == PlaceKind.MUNICIPALITY && !commune) {
				return p.id();
			}
		}
		return place.id();
	}

	/**
	 * Reported figures for the filter's places (and their districts) and years, each with
	 * all its sources.
	 */
	private List<Reported> reported(IncidentFilter filter, Locale locale) {
		// the note in the reader's language when one was written, in English otherwise
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("language", locale.getLanguage());
		String where = FilterSql.statistics(filter, params);
		Map<Long, Reported> byId = new LinkedHashMap<>();
		jdbc.query(
				"""
						select s.id, s.place_id, s.place_label, s.period_from, s.period_to, s.period_precision, s.metric, s.value,
						       s.qualifier, coalesce(t.note, s.note) as note, a.id as article_id, a.title, a.publisher, a.url
						from reported_statistic s
						left join statistic_summary t on t.statistic_id = s.id and t.language = :language
						left join statistic_source ss on ss.statistic_id = s.id
						left join article a on a.id = ss.article_id
						where %s
						order by s.place_label, s.period_from, s.metric, s.value, a.id"""
					.formatted(where),
				params, rs -> {
					Reported r = byId.computeIfAbsent(rs.getLong("id"), id -> {
						try {
							return new Reported(id, (Integer) rs.getObject("place_id"), rs.getString("place_label"),
									new DateRange(rs.getDate("period_from").toLocalDate(),
											rs.getDate("period_to").toLocalDate(),
											DatePrecision.valueOf(rs.getString("period_precision"))),
									Metric.valueOf(rs.getString("metric")), rs.getBigDecimal("value"),
									Qualifier.valueOf(rs.getString("qualifier")), rs.getString("note"),
									new ArrayList<>());
						}
						catch (java.sql.SQLException ex) {
							throw new IllegalStateException(ex);
						}
					});
					long articleId = rs.getLong("article_id");
					if (!rs.wasNull()) {
						r.sources()
							.add(new CityYearTable.Source(articleId, rs.getString("title"), rs.getString("publisher"),
									WebAddress.linkOrNull(rs.getString("url"))));
					}
				});
		return List.copyOf(byId.values());
	}

	private static String key(Integer placeId, String country, Integer year) {
		return placeId + "|" + (placeId == null ? country : "") + "|" + year;
	}

	private record Reported(long id, Integer placeId, String label, DateRange period, Metric metric, BigDecimal value,
			Qualifier qualifier, String note, List<CityYearTable.Source> sources) {

		CityYearTable.Figure figure(Locale locale, String gap) {
			LocalDate from = period.from();
			Integer year = from.getYear() == period.to().getYear() ? from.getYear() : null;
			return new CityYearTable.Figure(label, period.label(locale), year, metric, value, qualifier, note,
					List.copyOf(sources), gap);
		}

	}

	private static final class RowBuilder {

		/**
		 * Per 100,000 inhabitants, to one decimal: finer would pretend a precision the
		 * counts do not have.
		 */
		Double rate(Integer population) {
			if (population == null || population <= 0 || year == null) {
				return null;
			}
			return Math.round(incidents * 1_000_000.0 / population) / 10.0;
		}

		final Integer placeId;

		final String country;

		final Integer year;

		final Map<IncidentType, Long> byType = new EnumMap<>(IncidentType.class);

		final List<CityYearTable.Figure> reported = new ArrayList<>();

		long incidents;

		long killed;

		long injured;

		long killedNotReported;

		long injuredNotReported;

		RowBuilder(Integer placeId, String country, Integer year) {
			this.placeId = placeId;
			this.country = country;
			this.year = year;
		}

		void add(IncidentType type, long n, long k, long i, long notReported, long injuredUnknown) {
			byType.merge(type, n, Long::sum);
			incidents += n;
			killed += k;
			injured += i;
			killedNotReported += notReported;
			injuredNotReported += injuredUnknown;
		}

		CityYearTable.Row build(Gazetteer gazetteer, Locale locale, long articles, Long change) {
			Place place = placeId == null ? null : gazetteer.byId(placeId).orElse(null);
			String countryName = country == null ? null
					: gazetteer.byKey(country.toLowerCase(Locale.ROOT)).map(p -> p.name(locale)).orElse(country);
			String name = place != null ? place.name(locale) : Objects.requireNonNullElse(countryName, "?");
			Integer population = place == null || !place.kind().isLocal() ? null : place.population();
			return new CityYearTable.Row(place == null ? null : place.key(), name,
					place != null ? place.countryCode() : country, year, incidents,
					Collections.unmodifiableMap(new EnumMap<>(byType)), killed, injured, killedNotReported,
					injuredNotReported, articles, population, population == null ? null : place.populationYear(),
					population == null ? null : place.populationSource(), rate(population), change,
					List.copyOf(reported));
		}

	}

}
