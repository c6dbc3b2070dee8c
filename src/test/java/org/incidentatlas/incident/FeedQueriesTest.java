package org.incidentatlas.incident;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed reads its entries in a fixed number of statements, not one round of queries per entry. */
@IntegrationTest
class FeedQueriesTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	/** The queries as the application makes them, with every statement going through the counter. */
	private IncidentQueries countedBy(StatementCounter counter) throws ReflectiveOperationException {
		Constructor<?> constructor = IncidentQueries.class.getDeclaredConstructors()[0];
		Object[] args = Arrays.stream(constructor.getParameterTypes())
			.map(type -> type == NamedParameterJdbcTemplate.class ? new NamedParameterJdbcTemplate(counter.dataSource())
					: context.getBean(type))
			.toArray();
		constructor.setAccessible(true);
		return (IncidentQueries) constructor.newInstance(args);
	}

	@Test
	void theFeedRunsAsManyStatementsForFiftyEntriesAsForOne() throws ReflectiveOperationException {
		StatementCounter counter = new StatementCounter(dataSource);
		IncidentQueries queries = countedBy(counter);

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
