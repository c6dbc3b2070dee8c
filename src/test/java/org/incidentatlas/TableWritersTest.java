package org.incidentatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table has one package that writes it by SQL (docs/ownership.md): every
 * {@code insert into}, {@code update ... set} and {@code delete from} in the main code
 * names a table of its own package. ArchUnit cannot read SQL strings, so this reads the
 * sources. JPA writes are checked apart, by the repository rules of
 * {@link ArchitectureTest}.
 */
class TableWritersTest {

	private static final Path SOURCES = Path.of("src/main/java/org/incidentatlas");

	/** Table, and the package that owns it. */
	static final Map<String, String> OWNERS = Map.ofEntries(entry("incident", "incident"),
			entry("incident_source", "incident"), entry("incident_summary", "incident"), entry("victim", "incident"),
			entry("incident_actor", "incident"), entry("reported_statistic", "statistic"),
			entry("statistic_source", "statistic"), entry("statistic_summary", "statistic"),
			entry("article", "article"), entry("proposal", "review"), entry("audit_event", "audit"),
			entry("import_job", "imports"), entry("import_row", "imports"), entry("idempotency_key", "api"),
			entry("map_cell", "map"), entry("map_cell_state", "map"), entry("place", "place"),
			entry("place_name", "place"), entry("place_closure", "place"), entry("reference_data", "place"),
			entry("scheduled_run", "system"), entry("app_user", "user"), entry("app_secret", "user"),
			entry("data_version_slot", "incident"));

	/**
	 * The load-test generator writes every table of a database of its own (it refuses one
	 * that holds real data), as a bulk loader: the one package allowed to write others'
	 * tables.
	 */
	static final String BULK_LOADER = "synthetic";

	private static final Pattern WRITE = Pattern
		.compile("(?i)\\b(?:insert\\s+into|delete\\s+from|update)\\s+(?!set\\b)([a-z_]+)\\b(?:\\s+set\\b)?");

	record Write(String pkg, String file, String table, String statement) {
	}

	@Test
	void everyTableIsWrittenBySqlOnlyFromItsOwningPackage() throws IOException {
		List<Write> writes = writes();
		assertThat(writes).as("the sources were read").isNotEmpty();
		assertThat(writes).filteredOn(w -> w.table().equals("incident"))
			.as("the import's incidents are written by the incident package")
			.extracting(Write::pkg)
			.contains("incident")
			.doesNotContain("imports");
		assertThat(writes).filteredOn(w -> !OWNERS.containsKey(w.table()))
			.as("a table written by SQL needs an owner in OWNERS and docs/ownership.md")
			.isEmpty();
		assertThat(writes)
			.filteredOn(w -> OWNERS.containsKey(w.table()) && !w.pkg().equals(OWNERS.get(w.table()))
					&& !w.pkg().equals(BULK_LOADER))
			.as("SQL writes outside the table's owner")
			.isEmpty();
	}

	private static List<Write> writes() throws IOException {
		List<Write> writes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String pkg = SOURCES.relativize(file).getName(0).toString();
				Matcher m = WRITE.matcher(Files.readString(file));
				while (m.find()) {
					boolean update = m.group().toLowerCase(Locale.ROOT).startsWith("update");
					// "update" is a statement only with "set": not jdbc.update(, not a
					// word in a comment, not "on conflict ... do update set"
					if (!update || m.group().toLowerCase(Locale.ROOT).endsWith("set")) {
						writes.add(new Write(pkg, file.getFileName().toString(), m.group(1).toLowerCase(Locale.ROOT),
								m.group()));
					}
				}
			}
		}
		return writes;
	}

}
