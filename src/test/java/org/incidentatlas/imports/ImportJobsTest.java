package org.incidentatlas.imports;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.incident.IncidentEditor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CSV imports against the real database; every test rolls back. */
@IntegrationTest
@Transactional
class ImportJobsTest {

	static final String AWKWARD = """
			type,date,place,killed,injured,summary
			shooting,2024-05-03,Liège,0,2,"Shots fired, twice, at a café called ""Le Pont""
			near the station"
			explosion,2024-06,Sint-Jans-Molenbeek,,,Explosion at a door; nobody hurt reported
			""";

	@Autowired
	ImportJobs jobs;

	@Autowired
	IncidentEditor editor;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	@LocalServerPort
	int port;

	private long count() {
		return jdbc.queryForObject("select count(*) from incident", Long.class);
	}

	/** Incidents whose summary starts with the prefix: those a test imported. */
	private int countStartingWith(String prefix) {
		return jdbc.queryForObject("select count(*) from incident where summary like ?", Integer.class, prefix + "%");
	}

	@Test
	void theDryRunReportsEveryProblemByLineAndColumn() {
		String csv = """
				type,date,place,killed,latitude,longitude,summary
				shooting,2024-05-03,Liège,0,,,fine row
				shooting,2023-02-30,Liège,0,,,impossible date
				arson,2024-05,Gent,many,,,not a number
				homicide,2024,Atlantis,1,,,unknown place
				assault,2024,,1,95,4,impossible latitude
				unicorn,2024,Gent,,,,unknown type
				""";
		long id = jobs.upload(csv.getBytes(StandardCharsets.UTF_8), "problems.csv", "anna");
		ImportJobs.Job job = jobs.check(id, "anna", jobs.find(id, "anna").orElseThrow().mapping());
		assertThat(job.report()).extracting(p -> p.line() + ":" + p.column())
			.containsExactlyInAnyOrder("3:date", "4:killed", "5:place", "6:latitude", "7:type");
		assertThat(job.runnable()).isFalse();
	}

	@Test
	void awkwardValuesGoInAndComeBackOutUnchanged() throws Exception {
		long before = count();
		long id = jobs.upload(AWKWARD.getBytes(StandardCharsets.UTF_8), "awkward.csv", "anna");
		ImportJobs.Job checked = jobs.check(id, "anna", jobs.find(id, "anna").orElseThrow().mapping());
		assertThat(checked.report()).isEmpty();
		jobs.execute(id, "anna", checked.mapping());
		assertThat(jobs.find(id, "anna").orElseThrow().status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(count()).isEqualTo(before + 2);
		List<Long> created = jdbc.queryForList("select id from incident where summary like 'Shots fired, twice%' "
				+ "or summary like 'Explosion at a door%' order by id", Long.class);
		created.forEach(i -> editor.publish(i, "anna"));

		String exported = mvc.perform(get("/api/export/incidents.csv").param("year", "2024"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		CsvTable table = CsvTable.parse(exported.substring(1));
		int summary = table.header().indexOf("summary");
		int city = table.header().indexOf("city");
		int district = table.header().indexOf("district");
		assertThat(table.rows()).anySatisfy(row -> {
			assertThat(row.get(summary))
				.isEqualTo("Shots fired, twice, at a café called \"Le Pont\"\nnear the station");
			assertThat(row.get(city)).isEqualTo("Liège");
		});
		assertThat(table.rows()).anySatisfy(row -> assertThat(row.get(district)).isEqualTo("Molenbeek-Saint-Jean"));

		// and the exported file imports again: every row is recognised as an incident
		// already here
		long again = jobs.upload(exported.getBytes(StandardCharsets.UTF_8), "again.csv", "anna");
		ImportJobs.Job second = jobs.check(again, "anna", jobs.find(again, "anna").orElseThrow().mapping());
		assertThat(second.report()).isNotEmpty().allSatisfy(p -> assertThat(p.column()).isEqualTo("duplicate"));
		assertThat(second.runnable()).isTrue();
		jobs.execute(again, "anna", second.mapping());
		assertThat(jobs.find(again, "anna").orElseThrow().createdCount()).isZero();
		assertThat(count()).isEqualTo(before + 2);
	}

	@Test
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	void oneBadRowRollsBackTheWholeImport() {
		// outside the test's transaction, so that the import's own rollback is real
		long before = count();
		long id = jobs.upload(AWKWARD.getBytes(StandardCharsets.UTF_8), "good.csv", "rollback-tester");
		try {
			rollsBack(id, before);
		}
		finally {
			jdbc.update("delete from import_job where id = ?", id);
		}
	}

	private void rollsBack(long id, long before) {
		ImportJobs.Job checked = jobs.check(id, "rollback-tester",
				jobs.find(id, "rollback-tester").orElseThrow().mapping());
		assertThat(checked.runnable()).isTrue();
		// the file changes after its check: its last row now has an impossible date
		jdbc.update("update import_job set content = content || 'arson,2024-02-31,Gent,,,late change' where id = ?",
				id);
		jobs.execute(id, "rollback-tester", checked.mapping());
		ImportJobs.Job failed = jobs.find(id, "rollback-tester").orElseThrow();
		assertThat(failed.status()).isEqualTo(ImportJobs.Status.FAILED);
		// rows are counted as a spreadsheet counts them: the quoted line break inside row
		// 2 does not start a row
		assertThat(failed.error()).contains("Nothing was imported").contains("Line 4");
		assertThat(count()).as("the two good rows were rolled back too").isEqualTo(before);
	}

	@Test
	void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() {
		long id = jobs.upload("city,killed\nGent,1\n".getBytes(StandardCharsets.UTF_8), "thin.csv", "anna");
		ImportJobs.Job job = jobs.check(id, "anna", jobs.find(id, "anna").orElseThrow().mapping());
		assertThat(job.report()).extracting(ImportJobs.Problem::column)
			.containsExactlyInAnyOrder("type", "date", "summary");
	}

	@Test
	void anEditorUploadsChecksRunsAndFollowsTheProgress() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "acled.csv", "text/csv",
				"""
						event_date,event_type,sub_event_type,country,admin2,latitude,longitude,geo_precision,fatalities,notes
						12 March 2024,Explosions/Remote violence,Grenade,Belgium,Antwerpen,51.2195,4.4010,2,0,Grenade thrown at a shop
						"""
					.getBytes(StandardCharsets.UTF_8));
		String location = mvc
			.perform(multipart("/editor/import").file(file).with(user("anna").roles("EDITOR")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get(location).with(user("anna").roles("EDITOR"))).andExpect(status().isOk());
		mvc.perform(post(location + "/check").with(user("anna").roles("EDITOR"))
			.with(csrf())
			.param("column0", "DATE")
			.param("column1", "ACLED_EVENT_TYPE")
			.param("column2", "ACLED_SUB_EVENT_TYPE")
			.param("column3", "COUNTRY")
			.param("column4", "CITY")
			.param("column5", "LATITUDE")
			.param("column6", "LONGITUDE")
			.param("column7", "ACLED_GEO_PRECISION")
			.param("column8", "KILLED")
			.param("column9", "SUMMARY")).andExpect(status().is3xxRedirection());
		assertThat(jobs.find(id, "anna").orElseThrow().runnable()).isTrue();
		mvc.perform(get(location + "/status").with(user("anna").roles("EDITOR")))
			.andExpect(jsonPath("$.status").value("checked"))
			.andExpect(jsonPath("$.total").value(1));
		// another editor cannot see it
		mvc.perform(get(location).with(user("bert").roles("EDITOR"))).andExpect(status().isNotFound());
		mvc.perform(get("/editor/import")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aFiftyMegabyteFileGetsA413AndChangesNothing() throws Exception {
		long before = count();
		byte[] big = new byte[50 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'x');
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor/import"))
				.header("Content-Type", "multipart/form-data; boundary=x")
				.POST(HttpRequest.BodyPublishers.ofByteArray(big))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than 3 MB");
		assertThat(count()).isEqualTo(before);
	}

	/** The tester's job checked with the mapping that was suggested for its file. */
	private ImportJobs.Job checkWithSuggestedMapping(long id) {
		return jobs.check(id, "import-tester", jobs.find(id, "import-tester").orElseThrow().mapping());
	}

	/**
	 * The tester's upload of a file of {@code rows} distinct shootings, one a day from
	 * 2019 in four cities; the last row's summary ends with {@code last}.
	 */
	private long uploadShootings(String prefix, int rows, String last, String filename) {
		return jobs.upload(ImportFiles.shootings(java.time.LocalDate.of(2019, 1, 1), prefix, rows, last)
			.getBytes(StandardCharsets.UTF_8), filename, "import-tester");
	}

	private ImportJobs.Job waitUntilDone(long id, String username) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		ImportJobs.Job job = jobs.find(id, username).orElseThrow();
		while (job.status() == ImportJobs.Status.RUNNING && System.nanoTime() < deadline) {
			Thread.sleep(50);
			job = jobs.find(id, username).orElseThrow();
		}
		return job;
	}

	private void deleteImported(String prefix, String username) {
		jdbc.update(
				"delete from audit_event where entity = 'INCIDENT' and entity_id in (select id from incident where summary like ?)",
				prefix + "%");
		jdbc.update("delete from incident where summary like ?", prefix + "%");
		jdbc.update("delete from import_job where username = ?", username);
	}

	@Test
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	void editorsKeepWritingWhileAnImportCreatesItsRows() throws Exception {
		String prefix = "Import test paused";
		long id = uploadShootings(prefix, 300, " pause here", "paused.csv");
		// the import's statement that creates incidents stops, holding whatever it holds,
		// until the test lets it go
		jdbc.execute("""
				create function test_pause_import() returns trigger language plpgsql as $$
				begin
				    if exists (select 1 from inserted where summary like '%pause here') then
				        perform pg_advisory_xact_lock_shared(4242, 1);
				    end if;
				    return null;
				end;
				$$""");
		jdbc.execute("""
				create trigger zz_test_pause_import after insert on incident referencing new table as inserted
				for each statement execute function test_pause_import()""");
		try (java.sql.Connection gate = dataSource.getConnection(); java.sql.Statement g = gate.createStatement()) {
			g.execute("select pg_advisory_lock(4242, 1)");
			assertThat(checkWithSuggestedMapping(id).runnable()).isTrue();
			jobs.run(id, "import-tester");
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (jdbc.queryForObject(
					"select count(*) from pg_locks where locktype = 'advisory' and classid = 4242 and not granted",
					Integer.class) == 0) {
				assertThat(System.nanoTime()).as("the import reaches its rows").isLessThan(deadline);
				Thread.sleep(20);
			}
			// the import is in the middle of writing its rows: an editor creates and
			// publishes, without waiting
			long written = transaction.execute(status -> {
				jdbc.execute("set local lock_timeout = '2s'");
				long created = editor.create(new org.incidentatlas.incident.IncidentForm(
						org.incidentatlas.incident.IncidentType.SHOOTING, "2024-02", "Gent", null, null, null, null,
						null, null, false, null, null, prefix + " by an editor meanwhile"), "bert");
				editor.publish(created, "bert");
				return created;
			});
			assertThat(jdbc.queryForObject("select status from incident where id = ?", String.class, written))
				.isEqualTo("PUBLISHED");
			mvc.perform(get("/api/incidents").param("family", "all")).andExpect(status().isOk());
			assertThat(jobs.find(id, "import-tester").orElseThrow().status()).isEqualTo(ImportJobs.Status.RUNNING);
			assertThat(
					jdbc.queryForObject("select count(*) from incident where summary like ? and summary like '% row %'",
							Integer.class, prefix + "%"))
				.as("all or nothing: no row is visible before the import commits")
				.isZero();

			g.execute("select pg_advisory_unlock(4242, 1)");
			ImportJobs.Job done = waitUntilDone(id, "import-tester");
			assertThat(done.status()).isEqualTo(ImportJobs.Status.DONE);
			assertThat(done.createdCount()).isEqualTo(300);
			assertThat(jdbc.queryForObject("""
					select count(*) from incident i join audit_event e on e.entity = 'INCIDENT' and e.entity_id = i.id
					  and e.action = 'CREATE' and e.username = 'import-tester'
					where i.summary like ? and i.status = 'DRAFT'""", Integer.class, prefix + "% row %"))
				.isEqualTo(300);
			assertThat(jdbc.queryForObject("select count(*) from import_row where job_id = ?", Integer.class, id))
				.isZero();
		}
		finally {
			// the gate is closed by now, so a run still under way finishes before its
			// trigger goes
			waitUntilDone(id, "import-tester");
			jdbc.execute("drop trigger if exists zz_test_pause_import on incident");
			jdbc.execute("drop function if exists test_pause_import()");
			deleteImported(prefix, "import-tester");
		}
	}

	@Test
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	void aFailureWhileCreatingTheRowsLeavesNothingBehind() {
		String prefix = "Import test refused";
		jdbc.execute("""
				create function test_refuse_import() returns trigger language plpgsql as $$
				begin
				    if exists (select 1 from inserted where summary like '%refuse this') then
				        raise exception 'refused by the test';
				    end if;
				    return null;
				end;
				$$""");
		jdbc.execute("""
				create trigger zz_test_refuse_import after insert on incident referencing new table as inserted
				for each statement execute function test_refuse_import()""");
		try {
			long auditBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);
			long id = uploadShootings(prefix, 120, " refuse this", "refused.csv");
			jobs.execute(id, "import-tester", checkWithSuggestedMapping(id).mapping());
			ImportJobs.Job failed = jobs.find(id, "import-tester").orElseThrow();
			assertThat(failed.status()).isEqualTo(ImportJobs.Status.FAILED);
			assertThat(failed.error()).startsWith("Nothing was imported");
			assertThat(countStartingWith(prefix)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(auditBefore);
			assertThat(jdbc.queryForObject("select count(*) from import_row where job_id = ?", Integer.class, id))
				.isZero();
		}
		finally {
			jdbc.execute("drop trigger if exists zz_test_refuse_import on incident");
			jdbc.execute("drop function if exists test_refuse_import()");
			deleteImported(prefix, "import-tester");
		}
	}

	@Test
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	void aJobKilledWhileItRanIsMarkedFailedWhenItsPageOpensAndRunsAgain() throws Exception {
		String prefix = "Import test killed";
		long id = uploadShootings(prefix, 20, "", "killed.csv");
		try {
			checkWithSuggestedMapping(id);
			// what a worker killed mid-run leaves: RUNNING, and no session holding the
			// job's lock
			jdbc.update("update import_job set status = 'RUNNING', processed_rows = 7 where id = ?", id);
			mvc.perform(get("/editor/import/" + id).with(user("import-tester").roles("EDITOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("interrupted")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"import-run\"")));
			ImportJobs.Job failed = jobs.find(id, "import-tester").orElseThrow();
			assertThat(failed.status()).isEqualTo(ImportJobs.Status.FAILED);
			assertThat(failed.error()).contains("Nothing was imported").contains("interrupted");
			assertThat(failed.runnable()).isTrue();

			mvc.perform(post("/editor/import/" + id + "/run").with(user("import-tester").roles("EDITOR")).with(csrf()))
				.andExpect(status().is3xxRedirection());
			ImportJobs.Job done = waitUntilDone(id, "import-tester");
			assertThat(done.status()).isEqualTo(ImportJobs.Status.DONE);
			assertThat(countStartingWith(prefix)).isEqualTo(20);
		}
		finally {
			deleteImported(prefix, "import-tester");
		}
	}

	@Test
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	void aJobThatAnotherLiveInstanceRunsIsLeftAlone() throws Exception {
		String prefix = "Import test elsewhere";
		long id = uploadShootings(prefix, 5, "", "elsewhere.csv");
		try (java.sql.Connection otherInstance = dataSource.getConnection();
				java.sql.Statement other = otherInstance.createStatement()) {
			checkWithSuggestedMapping(id);
			// another instance on the same database runs this job: it holds the job's
			// lock
			other.execute("select pg_advisory_lock(" + 0x494D5054 + ", " + id + ")");
			jdbc.update("update import_job set status = 'RUNNING' where id = ?", id);
			jobs.failInterruptedAtStartUp();
			assertThat(jobs.find(id, "import-tester").orElseThrow().status()).isEqualTo(ImportJobs.Status.RUNNING);
			assertThatThrownBy(() -> jobs.run(id, "import-tester")).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("running already");

			// that instance dies: its session ends, and the lock with it
			other.execute("select pg_advisory_unlock_all()");
			jobs.failInterruptedAtStartUp();
			assertThat(jobs.find(id, "import-tester").orElseThrow().status()).isEqualTo(ImportJobs.Status.FAILED);
		}
		finally {
			deleteImported(prefix, "import-tester");
		}
	}

	@Test
	void aRowThatRepeatsAnEarlierRowIsReportedAndSkipped() {
		String csv = """
				type,date,place,killed,summary
				explosion,2024-03-02,Gent,0,A blast at a shop front
				explosion,2024-03,Gent,0,"The same blast, reported by month"
				explosion,2024-03-02,Luik,0,Another blast elsewhere
				""";
		long id = jobs.upload(csv.getBytes(StandardCharsets.UTF_8), "repeats.csv", "anna");
		ImportJobs.Job checked = jobs.check(id, "anna", jobs.find(id, "anna").orElseThrow().mapping());
		assertThat(checked.report()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(3);
			assertThat(p.column()).isEqualTo("duplicate");
			assertThat(p.message()).contains("line 2");
		});
		assertThat(checked.runnable()).isTrue();
		jobs.execute(id, "anna", checked.mapping());
		ImportJobs.Job done = jobs.find(id, "anna").orElseThrow();
		assertThat(done.createdCount()).isEqualTo(2);
		assertThat(done.duplicateCount()).isEqualTo(1);
	}

}
