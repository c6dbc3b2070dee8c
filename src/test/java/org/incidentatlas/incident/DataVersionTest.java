package org.incidentatlas.incident;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jayway.jsonpath.JsonPath;
import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data version that every cache is keyed by: writers do not wait for each other on
 * it, a reader sees a new version only together with the rows behind it, and what a
 * writing transaction reads of its own changes is never kept for others. Each test works
 * on raw connections outside any test transaction, and leaves nothing behind.
 */
@IntegrationTest
class DataVersionTest {

	private static final String INSERT = """
			insert into incident (type, date_from, date_to, date_precision, country_code, place_id, latitude, longitude,
			                      geo_precision, summary, status)
			select 'ARSON', date '2021-03-04', date '2021-03-04', 'DAY', 'BE', id, latitude, longitude, 'CITY', '%s',
			       'PUBLISHED'
			from place where key = 'be-gent'""";

	@Autowired
	DataVersion dataVersion;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void writersDoNotWaitForEachOther() throws Exception {
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			try (Statement a = first.createStatement(); Statement b = second.createStatement()) {
				// the first writer's transaction stays open, as a long import's would
				a.execute(INSERT.formatted("Version test: the first writer"));
				b.execute("set local lock_timeout = '2s'");
				b.execute(INSERT.formatted("Version test: the second writer"));
				b.execute("update incident set killed = 1 where summary = 'Version test: the second writer'");
			}
			finally {
				first.rollback();
				second.rollback();
			}
		}
	}

	@Test
	void writersDoNotWaitWhileTheMapCellsAreRebuilt() throws Exception {
		try (Connection rebuild = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
			rebuild.setAutoCommit(false);
			writer.setAutoCommit(false);
			try (Statement r = rebuild.createStatement(); Statement w = writer.createStatement()) {
				// what a rebuild holds until it commits, which takes 16 s at a million
				// incidents
				r.execute("delete from map_cell");
				r.execute("update map_cell_state set built_at = now() where id = 1");
				w.execute("set local lock_timeout = '2s'");
				w.execute(INSERT.formatted("Version test: written during a rebuild"));
			}
			finally {
				rebuild.rollback();
				writer.rollback();
			}
		}
	}

	@Test
	void aNewVersionBecomesVisibleOnlyWithTheRowsBehindIt() throws Exception {
		String query = "/api/incidents?family=all&q=zwavelzuurbrand";
		String year = "/api/incidents?family=all&year=2021";
		MvcResult before = mvc.perform(get(URI.create(query))).andExpect(status().isOk()).andReturn();
		String etag = before.getResponse().getHeader("ETag");
		int inYear = totalItems(mvc.perform(get(URI.create(year))).andReturn());
		long versionBefore = jdbc.queryForObject("select data_version()", Long.class);
		try (Connection writer = dataSource.getConnection()) {
			writer.setAutoCommit(false);
			try (Statement w = writer.createStatement()) {
				w.execute(INSERT.formatted("Version test: a zwavelzuurbrand at a door"));
				// written but not committed: readers see the old version and the old
				// rows, and cache nothing newer
				assertThat(jdbc.queryForObject("select data_version()", Long.class)).isEqualTo(versionBefore);
				assertThat(totalItems(mvc.perform(get(URI.create(query))).andReturn())).isZero();
				assertThat(totalItems(mvc.perform(get(URI.create(year))).andReturn())).isEqualTo(inYear);
				writer.commit();
			}
		}
		try {
			assertThat(jdbc.queryForObject("select data_version()", Long.class)).isGreaterThan(versionBefore);
			MvcResult after = mvc.perform(get(URI.create(query)).header("If-None-Match", etag))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(totalItems(after)).as("the answer cached before the commit is not served after it").isEqualTo(1);
			assertThat(totalItems(mvc.perform(get(URI.create(year))).andReturn())).isEqualTo(inYear + 1);
			dataVersion.forget();
			assertThat(JsonPath
				.<Integer>read(mvc.perform(get(URI.create("/api/map?bbox=3,50,5,52&zoom=8&family=all&year=2021")))
					.andReturn()
					.getResponse()
					.getContentAsString(), "$.total"))
				.isEqualTo(jdbc.queryForObject("""
						select count(*) from incident where status = 'PUBLISHED'
						  and date_from <= date '2021-12-31' and date_to >= date '2021-01-01'""", Integer.class));
		}
		finally {
			delete("Version test: a zwavelzuurbrand at a door");
		}
	}

	@Test
	void whatAWritingTransactionReadsOfItsOwnChangesIsNeverCachedForOthers() throws Exception {
		String query = "/api/incidents?family=all&q=vitrioolbrand";
		String map = "/api/map?bbox=3,50,5,52&zoom=8&family=all&q=vitrioolbrand";
		transaction.executeWithoutResult(status -> {
			jdbc.update(INSERT.formatted("Version test: a vitrioolbrand that is rolled back"));
			try {
				// the request runs on this thread and joins the transaction: it sees the
				// uncommitted row
				assertThat(totalItems(mvc.perform(get(URI.create(query))).andReturn())).isEqualTo(1);
				assertThat(JsonPath.<Integer>read(
						mvc.perform(get(URI.create(map))).andReturn().getResponse().getContentAsString(), "$.total"))
					.isEqualTo(1);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			status.setRollbackOnly();
		});
		// another committed change takes the data version to where the rolled-back
		// transaction saw it
		jdbc.update("update incident set summary = summary where external_key = 'launch-2023-merksem-girl-killed'");
		dataVersion.forget();
		assertThat(totalItems(mvc.perform(get(URI.create(query))).andReturn())).isZero();
		assertThat(JsonPath
			.<Integer>read(mvc.perform(get(URI.create(map))).andReturn().getResponse().getContentAsString(), "$.total"))
			.isZero();
	}

	@Test
	void aCachedAnswerIsComputedOncePerVersionAndNeverKeptFromAWritingTransaction() {
		Cache<Long, Integer> cache = Caffeine.newBuilder().build();
		AtomicInteger computed = new AtomicInteger();
		int first = dataVersion.cached(cache, version -> version, computed::incrementAndGet);
		assertThat(dataVersion.cached(cache, version -> version, computed::incrementAndGet)).isEqualTo(first);
		assertThat(computed).hasValue(1);
		transaction.executeWithoutResult(status -> {
			jdbc.update(INSERT.formatted("Version test: a change that is rolled back"));
			dataVersion.cached(cache, version -> version, computed::incrementAndGet);
			dataVersion.cached(cache, version -> version, computed::incrementAndGet);
			status.setRollbackOnly();
		});
		assertThat(computed).as("computed each time inside the writing transaction").hasValue(3);
		assertThat(cache.asMap()).as("and nothing of it kept").hasSize(1);
	}

	private static int totalItems(MvcResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.totalItems");
	}

	private void delete(String summary) throws SQLException {
		jdbc.update("delete from incident where summary = ?", summary);
		try (Connection c = dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from incident where summary like 'Version test:%'")) {
			rs.next();
			assertThat(rs.getInt(1)).as("nothing left behind").isZero();
		}
	}

}
