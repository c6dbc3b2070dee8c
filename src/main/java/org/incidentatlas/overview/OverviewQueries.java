package org.incidentatlas.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.incidentatlas.system.Caches;

import org.incidentatlas.article.WebAddress;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlaceKind;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Totals for the front page, aggregated in PostgreSQL. */
@Repository
class OverviewQueries {

	/** Rows of the coverage table; the rest are counted as other places. */
	static final int COVERAGE_PLACES = 30;

	/** Articles listed per publisher; the rest are counted. */
	static final int ARTICLES_PER_PUBLISHER = 25;

	private final JdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	private final DataVersion data;

	/**
	 * Coverage per data version and language: reading it joins every source of every
	 * incident.
	 */
	private final Cache<CoverageKey, Coverage> coverage;

	private record CoverageKey(long dataVersion, String language) {
	}

	/**
	 * The totals of one data version: the front page is served from memory until the data
	 * change, or the database is away.
	 */
	private volatile Counted counted;

	private record Counted(long version, OverviewTotals totals) {
	}

	OverviewQueries(JdbcTemplate jdbc, Gazetteer gazetteer, DataVersion data, Caches caches) {
		this.coverage = caches.create("overview.coverage", Caffeine.newBuilder().maximumSize(8));
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.data = data;
	}

	OverviewTotals totals() {
		java.util.OptionalLong version = data.current();
		if (version.isEmpty()) {
			return count();
		}
		Counted known = counted;
		if (known == null || known.version() != version.getAsLong()) {
			known = new Counted(version.getAsLong(), count());
			counted = known;
		}
		return known.totals();
	}

	/**
	 * Published incidents by type and year. An incident is counted in the year its date
	 * range starts; incidents with an unknown date fall under a null year rather than
	 * being dropped.
	 */
	private OverviewTotals count() {
		Map<IncidentType, Map<Integer, Long>> counts = new TreeMap<>();
		TreeSet<Integer> years = new TreeSet<>();
		long[] undated = { 0 };
		jdbc.query(
				"""
						select type, extract(year from date_from)::int as year, count(*) as n, sum(killed) as killed, sum(injured) as injured
						from incident where status = 'PUBLISHED'
						group by type, extract(year from date_from)""",
				rs -> {
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

	/**
	 * The articles behind the data, by publisher, and how many report on each place in
	 * each year.
	 */
	Coverage coverage(Locale locale) {
		return data.cached(coverage, version -> new CoverageKey(version, locale.getLanguage()),
				() -> readCoverage(locale));
	}

	private Coverage readCoverage(Locale locale) {
		record Source(long id, String title, String publisher, String url, DateRange published, String language) {
		}
		List<Source> articles = jdbc.query("""
				select id, title, publisher, url, published_from, published_to, published_precision, language
				from article order by published_from nulls last, id""",
				(rs, n) -> new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						new DateRange(rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
								rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
								DatePrecision.valueOf(rs.getString(7))),
						rs.getString(8)));
		Map<Long, Integer> yearOf = new HashMap<>();
		Map<Integer, Long> perYear = new TreeMap<>();
		for (Source a : articles) {
			Integer year = a.published().isKnown() ? a.published().from().getYear() : Coverage.UNDATED;
			yearOf.put(a.id(), year);
			perYear.merge(year, 1L, Long::sum);
		}

		Map<Covered, Map<Integer, Set<Long>>> byPlace = new HashMap<>();
		Set<Long> withRecords = new HashSet<>();
		jdbc.query("""
				select s.article_id, i.place_id, i.country_code, i.locality
				from incident_source s join incident i on i.id = s.incident_id
				where i.status = 'PUBLISHED'
				group by 1, 2, 3, 4
				union
				select ss.article_id, r.place_id, r.country_code, case when r.place_id is null then r.place_label end
				from statistic_source ss join reported_statistic r on r.id = ss.statistic_id
				group by 1, 2, 3, 4""", rs -> {
			long article = rs.getLong(1);
			withRecords.add(article);
			Covered place = covered((Integer) rs.getObject(2), rs.getString(3), rs.getString(4), locale);
			byPlace.computeIfAbsent(place, p -> new TreeMap<>())
				.computeIfAbsent(yearOf.getOrDefault(article, Coverage.UNDATED), y -> new HashSet<>())
				.add(article);
		});
		List<Coverage.PlaceRow> places = new ArrayList<>();
		byPlace.forEach((place, years) -> {
			Map<Integer, Long> counts = new TreeMap<>();
			Set<Long> all = new HashSet<>();
			years.forEach((year, ids) -> {
				counts.put(year, (long) ids.size());
				all.addAll(ids);
			});
			places.add(new Coverage.PlaceRow(place.key(), place.name(), place.countryOnly(), counts, all.size()));
		});
		places.sort(Comparator.comparingLong(Coverage.PlaceRow::total)
			.reversed()
			.thenComparing(Coverage.PlaceRow::countryOnly)
			.thenComparing(r -> r.name() == null ? "" : r.name()));

		Map<String, List<Source>> byPublisher = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		List<Source> unknown = new ArrayList<>();
		for (Source a : articles) {
			if (a.publisher() == null || a.publisher().isBlank()) {
				unknown.add(a);
			}
			else {
				byPublisher.computeIfAbsent(a.publisher(), p -> new ArrayList<>()).add(a);
			}
		}
		Map<String, List<Source>> ordered = new LinkedHashMap<>(byPublisher);
		if (!unknown.isEmpty()) {
			ordered.put(null, unknown);
		}
		List<Coverage.Publisher> publishers = new ArrayList<>();
		ordered.forEach((name,
				list) -> publishers.add(new Coverage.Publisher(name, list.size(),
						list.stream()
							.limit(ARTICLES_PER_PUBLISHER)
							.map(a -> new Coverage.ArticleRef(a.id(), a.title(), WebAddress.linkOrNull(a.url()),
									a.published().label(locale), a.language()))
							.toList(),
						Math.max(0, list.size() - ARTICLES_PER_PUBLISHER))));

		List<Integer> years = new ArrayList<>(perYear.keySet());
		if (years.remove(Coverage.UNDATED)) {
			years.add(Coverage.UNDATED);
		}
		return new Coverage(articles.size(), articles.stream().filter(a -> !withRecords.contains(a.id())).count(),
				List.copyOf(years), Map.copyOf(perYear),
				List.copyOf(places.subList(0, Math.min(COVERAGE_PLACES, places.size()))),
				Math.max(0, places.size() - COVERAGE_PLACES), List.copyOf(publishers));
	}

	/**
	 * The place an article's record counts under: its city (Brussels for its communes,
	 * Antwerp for its districts), else its country; a place outside the gazetteer by the
	 * name reported.
	 */
	private Covered covered(Integer placeId, String countryCode, String locality, Locale locale) {
		Place place = gazetteer.byId(placeId).orElse(null);
		if (place != null) {
			Place country = null;
			for (Place p : gazetteer.lineage(place.id())) {
				Place parent = gazetteer.byId(p.parentId()).orElse(null);
				boolean commune = parent != null && parent.kind() == PlaceKind.CITY_REGION;
				if (p.kind() == PlaceKind.CITY_REGION || p.kind() == PlaceKind.MUNICIPALITY && !commune) {
					return new Covered(p.key(), p.name(locale), false);
				}
				if (p.kind() == PlaceKind.COUNTRY) {
					country = p;
				}
			}
			if (country != null) {
				return new Covered(country.key(), country.name(locale), true);
			}
		}
		if (locality != null) {
			return new Covered(null, locality, false);
		}
		if (countryCode != null) {
			Place country = gazetteer.byKey(countryCode.toLowerCase(Locale.ROOT)).orElse(null);
			return country != null ? new Covered(country.key(), country.name(locale), true) : new Covered(null,
					new Locale.Builder().setRegion(countryCode).build().getDisplayCountry(locale), true);
		}
		return new Covered(null, null, false);
	}

	/**
	 * A place as the coverage table shows it; a null name is a record with no place at
	 * all.
	 */
	private record Covered(String key, String name, boolean countryOnly) {
	}

}
