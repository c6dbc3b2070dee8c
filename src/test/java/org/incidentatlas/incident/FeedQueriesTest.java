package org.incidentatlas.incident;

import java.util.List;

import javax.sql.DataSource;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.StatementCounter;
import org.incidentatlas.place.Gazetteer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed reads its entries in a fixed number of statements, not one round of queries per entry. */
@IntegrationTest
class FeedQueriesTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	DataVersion version;

	@Test
	void theFeedRunsAsManyStatementsForFiftyEntriesAsForOne() {
		StatementCounter counter = new StatementCounter(dataSource);
		IncidentQueries queries = new IncidentQueries(new NamedParameterJdbcTemplate(counter.dataSource()), gazetteer,
				version);

		List<IncidentQueries.Published> one = queries.newestPublished(IncidentFilter.none(), 1);
		int forOne = counter.executed();
		counter.reset();
		List<IncidentQueries.Published> fifty = queries.newestPublished(IncidentFilter.none(), FeedController.ENTRIES);
		int forFifty = counter.executed();

		assertThat(one).hasSize(1);
		assertThat(fifty).hasSize(FeedController.ENTRIES);
		assertThat(forOne).isPositive();
		assertThat(forFifty).isEqualTo(forOne).isLessThanOrEqualTo(5);
		// newest first, and each entry complete: the first of fifty is the one
		assertThat(fifty.get(0).incident().id()).isEqualTo(one.get(0).incident().id());
		assertThat(fifty).allSatisfy(p -> assertThat(p.incident().sources()).isNotEmpty());
		assertThat(fifty).extracting(IncidentQueries.Published::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

}
