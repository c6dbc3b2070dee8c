package org.incidentatlas.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.incident.FilterSql;
import org.incidentatlas.incident.IncidentFamily;
import org.incidentatlas.incident.IncidentFilter;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that says what a filter's counts rest on ({@link FilterCoverage}), for
 * every page and answer that shows counts: the overview, the list, the timeline, the
 * place × year table and the exports. Places and dates match by {@link FilterSql}'s
 * rules, so the articles and figures counted here are the ones the views show.
 * <p>
 * A reported figure is compared only with incidents of the kinds it counts (shootings
 * with shootings, people killed with the killed of violent incidents); enforcement
 * figures (arrests, tonnes seized) are never compared with violence, nor with anything
 * the atlas records.
 */
@Repository
@Transactional(readOnly = true, timeoutString = "${atlas.database.read-timeout:10}")
public class CoverageQueries {

	/**
	 * The incident types each violence metric counts; metrics not here are never
	 * compared.
	 */
	static final Map<Metric, Set<IncidentType>> COMPARABLE = comparable();

	private final NamedParameterJdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	private final DataVersion data;

	private final MessageSource messages;

	private record CoverageKey(long dataVersion, IncidentFilter filter, String language) {
	}

	private final Cache<CoverageKey, FilterCoverage> cache;

	private record ArticleCountKey(long dataVersion, java.util.List<Integer> placeIds, Set<Integer> years,
			java.time.LocalDate from, java.time.LocalDate to, String mapping) {
	}

	private final Cache<ArticleCountKey, Map<String, Long>> articleCounts;

	CoverageQueries(NamedParameterJdbcTemplate jdbc, Gazetteer gazetteer, DataVersion data, MessageSource messages,
			org.incidentatlas.system.Caches caches) {
		this.cache = caches.create("analysis.coverage", Caffeine.newBuilder().maximumSize(10_000));
		this.articleCounts = caches.create("analysis.articles-per-place-and-year",
				Caffeine.newBuilder().maximumSize(1_000));
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.data = data;
		this.messages = messages;
	}

	private static Map<Metric, Set<IncidentType>> comparable() {
		Set<IncidentType> violence = IncidentType.of(IncidentFamily.VIOLENCE);
		Map<Metric, Set<IncidentType>> map = new LinkedHashMap<>();
		map.put(Metric.SHOOTINGS, EnumSet.of(IncidentType.SHOOTING));
		map.put(Metric.EXPLOSIONS, EnumSet.of(IncidentType.EXPLOSION));
		map.put(Metric.EXPLOSIVE_INTIMIDATION_INCIDENTS, EnumSet.of(IncidentType.EXPLOSION));
		map.put(Metric.HOMICIDES, EnumSet.of(IncidentType.HOMICIDE));
		map.put(Metric.KIDNAPPINGS, EnumSet.of(IncidentType.KIDNAPPING));
		map.put(Metric.VIOLENT_INCIDENTS, violence);
		map.put(Metric.KILLED, violence);
		map.put(Metric.INJURED, violence);
		return Map.copyOf(map);
	}

	/** Counted once per data version, filter and language. */
	// no transaction of its own: an answer already counted is served without a database
	// connection, so the pages that show it stay up while the database is away
	@Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public FilterCoverage coverage(IncidentFilter filter, Locale locale) {
		return data.cached(cache, version -> new CoverageKey(version, filter, locale.getLanguage()),
				() -> count(filter, locale));
	}

	private FilterCoverage count(IncidentFilter filter, Locale locale) {
		boolean restricted = !filter.placeIds().isEmpty() || filter.restrictsDates();
		long articles = restricted ? articlesAbout(filter)
				: jdbc.getJdbcTemplate().queryForObject("select count(*) from article", Long.class);
		String sentence = messages.getMessage(restricted ? "coverage.articles.some" : "coverage.articles.all",
				new Object[] { articles }, locale);
		return new FilterCoverage(articles, restricted, sentence, gaps(filter, locale));
	}

	/**
	 * Articles with a published incident or a reported figure in the filter's places and
	 * dates, whatever its type: the incidents are read through the statistics' rule,
	 * which matches places and dates exactly as for incidents.
	 */
	private long articlesAbout(IncidentFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.statistics(filter, params);
		Long n = jdbc.queryForObject("""
				select count(*) from (
				    select src.article_id
				    from (select i.id, i.place_id, i.date_from as period_from, i.date_to as period_to
				          from incident i where i.status = 'PUBLISHED') s
				    join incident_source src on src.incident_id = s.id
				    where %1$s
				    union
				    select ss.article_id
				    from reported_statistic s join statistic_source ss on ss.statistic_id = s.id
				    where %1$s) a""".formatted(where), params, Long.class);
		return n == null ? 0 : n;
	}

	private List<FilterCoverage.Gap> gaps(IncidentFilter filter, Locale locale) {
		List<String> metrics = COMPARABLE.entrySet()
			.stream()
			.filter(e -> e.getValue().stream().anyMatch(filter.types()::contains))
			.map(e -> e.getKey().name())
			.toList();
		if (metrics.isEmpty()) {
			return List.of();
		}
		String kinds = COMPARABLE.entrySet()
			.stream()
			.flatMap(e -> e.getValue().stream().map(t -> "('" + e.getKey().name() + "', '" + t.name() + "')"))
			.collect(Collectors.joining(", "));
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("metrics", metrics);
		String where = FilterSql.statistics(filter, params);
		List<FilterCoverage.Gap> gaps = new ArrayList<>();
		// newest first, a whole year before its parts, incidents before the killed and
		// injured in them.
		// An incident counts towards a figure when it lies wholly inside the figure's
		// place and period.
		// The incidents under the figures' places are grouped once by place, type and
		// dates, then matched
		// to every figure: a subquery per figure read each place's incidents once per
		// figure, and took
		// minutes for a thousand figures over a million incidents.
		Aggregates.roomToHash(jdbc);
		jdbc.query(
				"""
						with kind(metric, type) as (values %s),
						s as materialized (
						    select s.* from reported_statistic s
						    where %s and s.place_id is not null and s.metric in (:metrics) and s.qualifier not in ('UNDER', 'AT_MOST')),
						g as materialized (
						    select c.ancestor_id as place_id, i.type, i.date_from, i.date_to, count(*) as n,
						           coalesce(sum(i.killed), 0) as killed, coalesce(sum(i.injured), 0) as injured
						    from incident i
						    join place_closure c on c.descendant_id = i.place_id and c.ancestor_id in (select place_id from s)
						    where i.status = 'PUBLISHED' and i.type in (select k.type from kind k where k.metric in (select metric from s))
						      and i.date_from >= (select min(period_from) from s) and i.date_to <= (select max(period_to) from s)
						    group by 1, 2, 3, 4),
						r as (
						    select s.id, sum(case s.metric when 'KILLED' then g.killed when 'INJURED' then g.injured else g.n end) as recorded
						    from s join kind k on k.metric = s.metric
						    join g on g.place_id = s.place_id and g.type = k.type and g.date_from >= s.period_from and g.date_to <= s.period_to
						    group by s.id)
						select s.id, s.place_id, s.place_label, s.period_from, s.period_to, s.period_precision, s.metric, s.value,
						       s.qualifier, coalesce(r.recorded, 0) as recorded
						from s left join r on r.id = s.id
						order by s.period_to desc, s.period_from, s.place_label,
						         case s.metric when 'KILLED' then 2 when 'INJURED' then 3 else 1 end, s.value desc, s.id"""
					.formatted(kinds, where),
				params, rs -> {
					BigDecimal value = rs.getBigDecimal("value");
					long recorded = rs.getLong("recorded");
					if (value.compareTo(BigDecimal.valueOf(recorded)) <= 0) {
						return;
					}
					Metric metric = Metric.valueOf(rs.getString("metric"));
					Qualifier qualifier = Qualifier.valueOf(rs.getString("qualifier"));
					Integer placeId = (Integer) rs.getObject("place_id");
					String place = gazetteer.byId(placeId).map(p -> p.name(locale)).orElse(rs.getString("place_label"));
					String period = new DateRange(rs.getDate("period_from").toLocalDate(),
							rs.getDate("period_to").toLocalDate(),
							DatePrecision.valueOf(rs.getString("period_precision")))
						.label(locale);
					gaps.add(new FilterCoverage.Gap(rs.getLong("id"), place, period, metric.token(),
							new BigDecimal(value.stripTrailingZeros().toPlainString()),
							qualifier.name().toLowerCase(Locale.ROOT), recorded,
							gapSentence(recorded, value, qualifier, metric, place, period, locale)));
				});
		return List.copyOf(gaps);
	}

	/** "The atlas records 3 of the 92 shootings reported for Brussels in 2024." */
	private String gapSentence(long recorded, BigDecimal value, Qualifier qualifier, Metric metric, String place,
			String period, Locale locale) {
		String number = value.stripTrailingZeros().toPlainString();
		String reported = messages.getMessage("coverage.qualifier." + qualifier.name().toLowerCase(Locale.ROOT),
				new Object[] { number }, locale);
		String noun = messages.getMessage("coverage.metric." + metric.token(), new Object[] { value }, locale);
		return messages.getMessage("coverage.gap",
				new Object[] { Long.toString(recorded), reported, noun, place, period }, locale);
	}

	/**
	 * Reviewed articles with a record in each place and year the place × year table
	 * shows: places as the table groups them ({@code mapping}: {@code place_city} or
	 * {@code place_municipality}, whose id column is {@code placeColumn}), a record in
	 * the year its date starts. Keys are {@code placeId|year}.
	 */
	Map<String, Long> articlesPerPlaceAndYear(IncidentFilter filter, String mapping, String idColumn) {
		// only the places and dates matter (FilterSql.statistics): every type, text or
		// coding filter over the same places and dates shares one count per data version,
		// which is the slow part of a table's first answer at a million incidents
		return data.cached(articleCounts, version -> new ArticleCountKey(version, filter.placeIds(), filter.years(),
				filter.from(), filter.to(), mapping), () -> countArticlesPerPlaceAndYear(filter, mapping, idColumn));
	}

	private Map<String, Long> countArticlesPerPlaceAndYear(IncidentFilter filter, String mapping, String idColumn) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.statistics(filter, params);
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(
				"""
						select pm.%2$s as place_id, extract(year from s.period_from)::int as year, count(distinct s.article_id) as n
						from (select i.place_id, i.date_from as period_from, i.date_to as period_to, src.article_id
						      from incident i join incident_source src on src.incident_id = i.id
						      where i.status = 'PUBLISHED'
						      union all
						      select r.place_id, r.period_from, r.period_to, ss.article_id
						      from reported_statistic r join statistic_source ss on ss.statistic_id = r.id) s
						join %1$s pm on pm.place_id = s.place_id
						where %3$s
						group by 1, 2"""
					.formatted(mapping, idColumn, where),
				params, rs -> {
					counts.put(rs.getObject("place_id") + "|" + rs.getObject("year"), rs.getLong("n"));
				});
		return java.util.Collections.unmodifiableMap(counts);
	}

}
