package org.incidentatlas.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.incidentatlas.incident.IncidentEditor;
import org.incidentatlas.incident.IncidentForm;
import org.incidentatlas.incident.InvalidIncidentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV imports, step by step: upload (the file is read strictly and kept), check (a dry run that
 * reports every problem by row and column, and every likely duplicate), then run: all rows in
 * one transaction, or none. The run happens in the background; its progress is written in a
 * transaction of its own, so the editor can leave the page and come back to it.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** How often the run writes its progress. */
	static final int PROGRESS_EVERY = 50;

	public enum Status {

		UPLOADED, CHECKED, RUNNING, DONE, FAILED

	}

	/** One line of the dry run's report; {@code line} counts the header as line 1. */
	public record Problem(int line, String column, String message) {
	}

	public record Job(long id, String username, String filename, Status status, List<String> columns,
			List<ImportField> mapping, int totalRows, int processedRows, int createdCount, int duplicateCount,
			List<Problem> report, String error) {

		public boolean runnable() {
			return status == Status.CHECKED && report.stream().noneMatch(p -> !p.column().equals("duplicate"));
		}

	}

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final IncidentEditor editor;

	private final Validator validator;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separate;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "csv-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(JdbcTemplate jdbc, JsonMapper json, IncidentEditor editor, Validator validator,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.editor = editor;
		this.validator = validator;
		this.transaction = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@PreDestroy
	void stop() {
		runner.shutdownNow();
	}

	/** Reads the file strictly and keeps it, with a first guess at what each column means. */
	public long upload(byte[] bytes, String filename, String username) {
		String text = CsvTable.decode(bytes);
		CsvTable table = CsvTable.parse(text);
		if (table.rows().isEmpty()) {
			throw new CsvTable.Unreadable("The file has a header but no rows.");
		}
		String name = filename == null || filename.isBlank() ? "upload.csv" : filename.strip();
		return jdbc.queryForObject("""
				insert into import_job (username, filename, status, content, columns, mapping, total_rows)
				values (?, ?, 'UPLOADED', ?, ?::jsonb, ?::jsonb, ?) returning id""", Long.class, username,
				name.substring(0, Math.min(300, name.length())), text, json.writeValueAsString(table.header()),
				json.writeValueAsString(ImportField.guess(table.header())), table.rows().size());
	}

	/** The dry run: every problem by row and column, and every row that repeats an existing incident. */
	public Job check(long id, String username, List<ImportField> mapping) {
		Job job = find(id, username).orElseThrow();
		if (job.status() == Status.RUNNING || job.status() == Status.DONE) {
			return job;
		}
		if (mapping.size() != job.columns().size()) {
			throw new IllegalArgumentException("Choose a meaning for each of the " + job.columns().size() + " columns.");
		}
		CsvTable table = CsvTable.parse(content(id));
		RowMapper mapper = new RowMapper(table.header(), mapping);
		List<Problem> report = new ArrayList<>();
		for (String missing : mapper.missingColumns()) {
			report.add(new Problem(1, missing, "No column is mapped to " + missing + "."));
		}
		if (report.isEmpty()) {
			for (int i = 0; i < table.rows().size(); i++) {
				report.addAll(check(mapper, table.rows().get(i), i + 2, true));
			}
		}
		jdbc.update("""
				update import_job set status = 'CHECKED', mapping = ?::jsonb, report = ?::jsonb, error = null,
				       duplicate_count = ?, updated_at = now() where id = ?""", json.writeValueAsString(mapping),
				json.writeValueAsString(report), report.stream().filter(p -> p.column().equals("duplicate")).count(), id);
		return find(id, username).orElseThrow();
	}

	/** Starts the run in the background; nothing is written unless every row goes in. */
	public void run(long id, String username) {
		Job job = find(id, username).orElseThrow();
		if (!job.runnable()) {
			throw new IllegalStateException("Run the check first, and correct every problem it reports.");
		}
		jdbc.update("update import_job set status = 'RUNNING', processed_rows = 0, updated_at = now() where id = ?", id);
		runner.submit(() -> execute(id, username, job.mapping()));
	}

	/** The run itself; tests call it directly rather than in the background. */
	void execute(long id, String username, List<ImportField> mapping) {
		try {
			int[] counts = transaction.execute(status -> {
				CsvTable table = CsvTable.parse(content(id));
				RowMapper mapper = new RowMapper(table.header(), mapping);
				int created = 0;
				int duplicates = 0;
				for (int i = 0; i < table.rows().size(); i++) {
					List<String> row = table.rows().get(i);
					List<Problem> problems = check(mapper, row, i + 2, false);
					if (!problems.isEmpty()) {
						// the file changed or the data did since the check: stop, and roll everything back
						Problem first = problems.get(0);
						throw new IllegalStateException("Line " + first.line() + ", " + first.column() + ": " + first.message());
					}
					RowMapper.Mapped mapped = mapper.map(row);
					if (editor.likelyDuplicate(mapped.form()).isPresent()) {
						duplicates++;
					}
					else {
						editor.create(mapped.form(), username);
						created++;
					}
					if ((i + 1) % PROGRESS_EVERY == 0) {
						progress(id, i + 1);
					}
				}
				return new int[] { created, duplicates };
			});
			jdbc.update("""
					update import_job set status = 'DONE', processed_rows = total_rows, created_count = ?, duplicate_count = ?,
					       updated_at = now() where id = ?""", counts[0], counts[1], id);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed and was rolled back: {}", id, ex.getMessage());
			jdbc.update("update import_job set status = 'FAILED', error = ?, created_count = 0, updated_at = now() where id = ?",
					"Nothing was imported. " + ex.getMessage(), id);
		}
	}

	private void progress(long id, int processed) {
		separate.executeWithoutResult(status -> jdbc.update(
				"update import_job set processed_rows = ?, updated_at = now() where id = ?", processed, id));
	}

	private List<Problem> check(RowMapper mapper, List<String> row, int line, boolean duplicates) {
		List<Problem> problems = new ArrayList<>();
		RowMapper.Mapped mapped = mapper.map(row);
		mapped.problems().forEach(p -> problems.add(new Problem(line, p.column(), p.message())));
		IncidentForm form = mapped.form();
		for (ConstraintViolation<IncidentForm> v : validator.validate(form)) {
			String field = v.getPropertyPath().toString();
			if (problems.stream().noneMatch(p -> p.column().equals(column(mapper, field)))) {
				problems.add(new Problem(line, column(mapper, field), v.getMessage()));
			}
		}
		if (problems.isEmpty()) {
			for (InvalidIncidentException.FieldProblem p : editor.problems(form)) {
				problems.add(new Problem(line, column(mapper, p.field()), p.message()));
			}
		}
		if (problems.isEmpty() && duplicates) {
			editor.likelyDuplicate(form).ifPresent(existing -> problems.add(new Problem(line, "duplicate",
					"Probably the same event as incident " + existing + ": this row will be skipped.")));
		}
		return problems;
	}

	/** The column a form field came from, named as the file names it. */
	private static String column(RowMapper mapper, String field) {
		ImportField source = switch (field) {
			case "type" -> ImportField.TYPE;
			case "date" -> ImportField.DATE;
			case "place" -> ImportField.PLACE;
			case "countryCode" -> ImportField.COUNTRY_CODE;
			case "latitude" -> ImportField.LATITUDE;
			case "longitude" -> ImportField.LONGITUDE;
			case "precision" -> ImportField.LOCATION_PRECISION;
			case "killed" -> ImportField.KILLED;
			case "injured" -> ImportField.INJURED;
			case "street" -> ImportField.STREET;
			case "locality" -> ImportField.LOCALITY;
			default -> ImportField.SUMMARY;
		};
		String name = mapper.columnOf(source);
		if (!name.equals(source.token())) {
			return name;
		}
		// the field may have come from a sibling column: date_from for date, city or district for place, ...
		for (ImportField alternative : switch (source) {
			case DATE -> List.of(ImportField.DATE_FROM);
			case PLACE -> List.of(ImportField.DISTRICT, ImportField.CITY, ImportField.REGION);
			case COUNTRY_CODE -> List.of(ImportField.COUNTRY);
			case TYPE -> List.of(ImportField.ACLED_SUB_EVENT_TYPE, ImportField.ACLED_EVENT_TYPE);
			case LOCATION_PRECISION -> List.of(ImportField.ACLED_GEO_PRECISION);
			default -> List.<ImportField>of();
		}) {
			String other = mapper.columnOf(alternative);
			if (!other.equals(alternative.token())) {
				return other;
			}
		}
		return name;
	}

	public Optional<Job> find(long id, String username) {
		return jdbc.query("select * from import_job where id = ? and username = ?", (rs, n) -> new Job(rs.getLong("id"),
				rs.getString("username"), rs.getString("filename"), Status.valueOf(rs.getString("status")),
				json.readValue(rs.getString("columns"), new TypeReference<List<String>>() {
				}), mapping(rs.getString("mapping"), rs.getString("columns")), rs.getInt("total_rows"),
				rs.getInt("processed_rows"), rs.getInt("created_count"), rs.getInt("duplicate_count"),
				json.readValue(rs.getString("report"), new TypeReference<List<Problem>>() {
				}), rs.getString("error")), id, username).stream().findFirst();
	}

	public List<Map<String, Object>> recent(String username) {
		return jdbc.queryForList("""
				select id, filename, status, total_rows, created_count, created_at from import_job
				where username = ? order by created_at desc limit 20""", username);
	}

	private List<ImportField> mapping(String mapping, String columns) {
		List<ImportField> stored = json.readValue(mapping, new TypeReference<List<ImportField>>() {
		});
		return stored.isEmpty() ? ImportField.guess(json.readValue(columns, new TypeReference<List<String>>() {
		})) : stored;
	}

	private String content(long id) {
		return jdbc.queryForObject("select content from import_job where id = ?", String.class, id);
	}

}
