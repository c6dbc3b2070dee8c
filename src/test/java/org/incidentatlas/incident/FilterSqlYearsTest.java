package org.incidentatlas.incident;

import java.util.List;
import java.util.Set;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One year rule for every table: an incident and a reported figure that span the same
 * months (May 2016 to February 2019) match the same year filters, by overlap, in
 * PostgreSQL.
 */
@FixedDataTest
@Transactional
class FilterSqlYearsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	private long incident;

	private long statistic;

	@BeforeEach
	void recordsSpanningTheSameYears() {
		incident = jdbc.queryForObject("""
				insert into incident (type, date_from, date_to, date_precision, geo_precision, summary, status)
				values ('SHOOTING', date '2016-05-01', date '2019-02-28', 'MONTH', 'UNKNOWN',
				        'A series of shootings over three years.', 'PUBLISHED') returning id""", Long.class);
		statistic = jdbc.queryForObject("""
				insert into reported_statistic (place_label, period_from, period_to, period_precision, metric, value)
				values ('Testville', date '2016-05-01', date '2019-02-28', 'MONTH', 'SHOOTINGS', 12) returning id""",
				Long.class);
	}

	private static IncidentFilter years(Integer... years) {
		IncidentFilter none = IncidentFilter.none();
		return new IncidentFilter(null, List.of(), Set.of(years), none.types(), null, null, null, null, null);
	}

	private boolean incidentMatches(IncidentFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", incident);
		return named.queryForObject("select exists (select 1 from incident i where i.id = :id and "
				+ FilterSql.incidents(filter, params) + ")", params, Boolean.class);
	}

	private boolean statisticMatches(IncidentFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", statistic);
		return named.queryForObject("select exists (select 1 from reported_statistic s where s.id = :id and "
				+ FilterSql.statistics(filter, params) + ")", params, Boolean.class);
	}

	@Test
	void everyYearTheSpanOverlapsMatchesBothAndNoOtherYearMatchesEither() {
		for (int year = 2014; year <= 2021; year++) {
			boolean overlaps = year >= 2016 && year <= 2019;
			assertThat(incidentMatches(years(year))).as("incident in %d", year).isEqualTo(overlaps);
			assertThat(statisticMatches(years(year))).as("figure in %d", year).isEqualTo(overlaps);
		}
	}

	@Test
	void aListOfYearsMatchesBothWhenAnyOfItsYearsOverlaps() {
		assertThat(incidentMatches(years(2015, 2017))).isTrue();
		assertThat(statisticMatches(years(2015, 2017))).isTrue();
		assertThat(incidentMatches(years(2015, 2020))).isFalse();
		assertThat(statisticMatches(years(2015, 2020))).isFalse();
	}

	@Test
	void noYearMatchesBoth() {
		assertThat(incidentMatches(years())).isTrue();
		assertThat(statisticMatches(years())).isTrue();
	}

}
