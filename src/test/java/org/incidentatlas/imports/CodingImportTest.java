package org.incidentatlas.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.incidentatlas.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coding columns of a CSV import: read like the export writes them, and refused by
 * line and column when unknown.
 */
@IntegrationTest
@Transactional
class CodingImportTest {

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void unknownOrMismatchedCodingValuesAreProblemsOfTheirLineAndColumn() {
		String csv = """
				type,date,place,summary,subtype,target,time_of_day,time,groups
				explosion,2024-05-03,Borgerhout,coded import: fine,grenade,home,night,,Testgroep Import
				explosion,2024-05-03,Borgerhout,coded import: unknown kind,nail_bomb,home,,,
				shooting,2024-05-03,Borgerhout,coded import: kind of another type,molotov,,,,
				arson,2024-05-03,Borgerhout,coded import: unknown target,molotov,castle,,,
				arson,2024-05-03,Borgerhout,coded import: impossible time,molotov,,,25:61,
				arson,2024-05-03,Borgerhout,coded import: time outside its part,molotov,,morning,23:10,
				""";
		long id = jobs.upload(csv.getBytes(StandardCharsets.UTF_8), "coded.csv", "anna");
		ImportJobs.Job job = jobs.check(id, "anna", jobs.find(id, "anna").orElseThrow().mapping());
		assertThat(job.report()).extracting(p -> p.line() + ":" + p.column())
			.containsExactlyInAnyOrder("3:subtype", "4:subtype", "5:target", "6:time", "7:time_of_day");
		assertThat(job.report()).filteredOn(p -> p.line() == 3)
			.first()
			.satisfies(p -> assertThat(p.message()).contains("nail_bomb").contains("fireworks_bomb"));
	}

	@Test
	void theExportsCodingColumnsImportIntoTheIncidentAndItsGroups() {
		String csv = """
				type,date,place,street,summary,subtype,target,time_of_day,time,time_precision,groups
				explosion,2024-05-03,Borgerhout,Importstraat 2,coded import: a Cobra at a shop,fireworks_bomb,business,night,03:15,minute,Testgroep Import | Testgroep Twee
				arson,2024-06,Deurne,,coded import: a Molotov at a door,molotov,home,evening,,,
				""";
		long id = jobs.upload(csv.getBytes(StandardCharsets.UTF_8), "coded.csv", "anna");
		ImportJobs.Job checked = jobs.check(id, "anna", jobs.find(id, "anna").orElseThrow().mapping());
		assertThat(checked.report()).isEmpty();
		jobs.execute(id, "anna", checked.mapping());
		List<Map<String, Object>> rows = jdbc.queryForList(
				"""
						select subtype, target, time_of_day, to_char(time_reported, 'HH24:MI') as time, time_precision,
						       (select string_agg(name, ', ' order by name) from incident_actor a where a.incident_id = i.id) as groups
						from incident i where summary like 'coded import:%' order by summary""");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("subtype", "FIREWORKS_BOMB")
			.containsEntry("target", "BUSINESS")
			.containsEntry("time_of_day", "NIGHT")
			.containsEntry("time", "03:15")
			.containsEntry("time_precision", "MINUTE")
			.containsEntry("groups", "Testgroep Import, Testgroep Twee");
		assertThat(rows.get(1)).containsEntry("subtype", "MOLOTOV")
			.containsEntry("time_of_day", "EVENING")
			.containsEntry("time_precision", "PART_OF_DAY")
			.containsEntry("groups", null);
	}

}
