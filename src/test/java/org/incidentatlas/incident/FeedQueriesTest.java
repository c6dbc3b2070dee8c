package org.incidentatlas.incident;

import java.util.List;

import javax.sql.DataSource;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed reads its entries in a fixed number of statements, not one round of queries
 * per entry.
 */
@IntegrationTest
class FeedQueriesTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	IncidentQueries incidents;

	@Test
	void theFeedRunsAsManyStatementsForFiftyEntriesAsForOne() {
		StatementCounter counter = new StatementCounter(dataSource);
		// the application's own queries, with every statement going through the counter
		// for this test
		IncidentQueries queries = AopTestUtils.getTargetObject(incidents);
		Object jdbc = ReflectionTestUtils.getField(queries, "jdbc");
		ReflectionTestUtils.setField(queries, "jdbc", new NamedParameterJdbcTemplate(counter.dataSource()));
		try {
			countStatements(queries, counter);
		}
		finally {
			ReflectionTestUtils.setField(queries, "jdbc", jdbc);
		}
	}

	private static void countStatements(IncidentQueries queries, StatementCounter counter) {
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
		assertThat(fifty).extracting(IncidentQueries.Published::at)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

}
