package org.incidentatlas.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.audit.AuditTrail;
import org.incidentatlas.incident.BulkIncidents;
import org.incidentatlas.incident.IncidentEditor;
import org.incidentatlas.incident.IncidentForm;
import org.incidentatlas.incident.IncidentQueries;
import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.system.InvalidFieldsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV imports, step by step: upload (the file is read strictly and kept), check (a dry
 * run that reports every problem by row and column, and every row that repeats an
 * existing incident or an earlier row), then run, in the background: all rows or none.
 * <p>
 * A run never holds a long transaction. It checks and resolves the rows into the staging
 * table {@code import_row}, a chunk per short transaction, writing its progress as it
 * goes; then one short transaction creates every incident with its audit row in one
 * statement and marks the job done. Editors keep writing meanwhile: nothing they touch is
 * locked for longer than that last statement, and the data version does not make writers
 * wait for each other (V26).
 * <p>
 * While a run is under way its worker holds a session-level PostgreSQL advisory lock
 * keyed by the job, on a connection of its own. A job that says RUNNING but whose lock is
 * free was interrupted (the application stopped or died): it is marked failed, at
 * start-up and whenever its page is opened, and can be run again. Another instance of the
 * application running the job holds the lock, so its job is left alone.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** Rows per staging transaction, and between two progress updates. */
	static final int CHUNK = 1000;

	/**
	 * The advisory lock class of running jobs (the second key is the job's id): "IMPT".
	 */
	static final int JOB_LOCK_CLASS = 0x494D5054;

	/**
	 * The advisory lock that lets the final transactions of two imports run one after the
	 * other: "IMPF".
	 */
	private static final int FINISH_LOCK_CLASS = 0x494D5046;

	/**
	 * Runs under way or waiting in this instance; each holds a connection for its lock.
	 */
	static final int MAX_RUNS = 2;

	static final String INTERRUPTED = "Nothing was imported: the import was interrupted (the application stopped while it "
			+ "ran). Run it again.";

	public enum Status {

		UPLOADED, CHECKED, RUNNING, DONE, FAILED

	}

	/** One line of the dry run's report; {@code line} counts the header as line 1. */
	public record Problem(int line, String column, String message) {
	}

	public record Job(long id, String username, String filename, Status status, List<String> columns,
			List<ImportField> mapping, int totalRows, int processedRows, int createdCount, int duplicateCount,
			List<Problem> report, String error) {

		/**
		 * Checked, with no problem but repeats; a failed run (interrupted, or refused)
		 * can be run again.
		 */
		public boolean runnable() {
			return (status == Status.CHECKED || status == Status.FAILED)
					&& report.stream().allMatch(p -> p.column().equals("duplicate"));
		}

	}

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final JsonMapper json;

	private final IncidentEditor editor;

	private final DataVersion mapCells;

	private final Validator validator;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separate;

	private final Semaphore runs = new Semaphore(MAX_RUNS);

	private final TaskExecutor runner;

	private final BulkIncidents bulk;

	private final AuditTrail audit;

	ImportJobs(JdbcTemplate jdbc, DataSource dataSource, JsonMapper json, IncidentEditor editor, BulkIncidents bulk,
			AuditTrail audit, DataVersion mapCells, Validator validator, PlatformTransactionManager transactions,
			@Qualifier(ImportExecutor.NAME) TaskExecutor runner) {
		this.runner = runner;
		this.bulk = bulk;
		this.audit = audit;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.editor = editor;
		this.mapCells = mapCells;
		this.validator = validator;
		this.transaction = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Reads the file strictly and keeps it, with a first guess at what each column means.
	 */
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

	/**
	 * The dry run: every problem by row and column, and every row that repeats an
	 * existing incident or an earlier row of the file. The rows are staged and compared
	 * in the database in one transaction, and the staging is emptied again before it
	 * ends.
	 */
	public Job check(long id, String username, List<ImportField> mapping) {
		Job job = find(id, username).orElseThrow();
		if (job.status() == Status.RUNNING || job.status() == Status.DONE) {
			return job;
		}
		if (mapping.size() != job.columns().size()) {
			throw new IllegalArgumentException(
					"Choose a meaning for each of the " + job.columns().size() + " columns.");
		}
		CsvTable table = CsvTable.parse(content(id));
		RowMapper mapper = new RowMapper(table.header(), mapping);
		List<Problem> report = new ArrayList<>();
		for (String missing : mapper.missingColumns()) {
			report.add(new Problem(1, missing, "No column is mapped to " + missing + "."));
		}
		if (report.isEmpty()) {
			long started = System.nanoTime();
			transaction.executeWithoutResult(status -> {
				stage(id, table, mapper, report, false, processed -> {
				});
				long staged = System.nanoTime();
				for (Map.Entry<Integer, Long> repeat : repeatsOfExisting(id).entrySet()) {
					report.add(new Problem(repeat.getKey(), "duplicate", "Probably the same event as incident "
							+ repeat.getValue() + ": this row will be skipped."));
				}
				jdbc.update("delete from import_row where job_id = ?", id);
				log.info("Import {} checked: {} rows read and staged in {} ms, compared with the incidents in {} ms",
						id, table.rows().size(), (staged - started) / 1_000_000,
						(System.nanoTime() - staged) / 1_000_000);
			});
			report.sort(Comparator.comparingInt(Problem::line));
		}
		jdbc.update("""
				update import_job set status = 'CHECKED', mapping = ?::jsonb, report = ?::jsonb, error = null,
				       duplicate_count = ?, updated_at = now() where id = ?""", json.writeValueAsString(mapping),
				json.writeValueAsString(report), report.stream().filter(p -> p.column().equals("duplicate")).count(),
				id);
		return find(id, username).orElseThrow();
	}

	/**
	 * Starts the run in the background; nothing is written unless every row goes in. The
	 * job's lock is taken here, before the job says RUNNING, so a RUNNING job always has
	 * its lock held while its worker lives.
	 */
	public void run(long id, String username) {
		Job job = find(id, username).orElseThrow();
		if (job.status() == Status.RUNNING) {
			throw new IllegalStateException("This import is running already.");
		}
		if (!job.runnable()) {
			throw new IllegalStateException("Run the check first, and correct every problem it reports.");
		}
		if (!runs.tryAcquire()) {
			throw new IllegalStateException("Other imports are under way; run this one when they are done.");
		}
		Connection lock = null;
		try {
			lock = dataSource.getConnection();
			if (!tryLock(lock, id)) {
				throw new IllegalStateException("This import is running already.");
			}
			int started = jdbc.update("""
					update import_job set status = 'RUNNING', processed_rows = 0, created_count = 0, error = null,
					       updated_at = now() where id = ? and username = ? and status in ('CHECKED', 'FAILED')""", id,
					username);
			if (started == 0) {
				throw new IllegalStateException("This import is running already, or done.");
			}
			Connection held = lock;
			runner.execute(() -> {
				try {
					execute(id, username, job.mapping());
				}
				finally {
					release(held, id);
					runs.release();
				}
			});
			lock = null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database cannot start the import now; try again in a moment.", ex);
		}
		catch (RejectedExecutionException ex) {
			jdbc.update("update import_job set status = 'FAILED', error = ? where id = ?", INTERRUPTED, id);
			throw new IllegalStateException("The application is stopping; run the import again after it restarts.", ex);
		}
		finally {
			if (lock != null) {
				release(lock, id);
				runs.release();
			}
		}
	}

	private static boolean tryLock(Connection connection, long id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
			statement.setInt(1, JOB_LOCK_CLASS);
			statement.setInt(2, Math.toIntExact(id));
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/**
	 * Unlocks and returns the connection; a connection that cannot unlock is closed for
	 * good, and its lock with it.
	 */
	private void release(Connection connection, long id) {
		try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
			statement.setInt(1, JOB_LOCK_CLASS);
			statement.setInt(2, Math.toIntExact(id));
			statement.execute();
		}
		catch (SQLException ex) {
			log.warn("Could not release the lock of import {}; closing its connection: {}", id, ex.getMessage());
			try {
				if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
					dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).evictConnection(connection);
					return;
				}
			}
			catch (SQLException ignored) {
				// closed below
			}
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.warn("Could not return the lock connection of import {}: {}", id, ex.getMessage());
		}
	}

	/**
	 * Marks failed every RUNNING job (or only {@code onlyId}) whose lock no session
	 * holds: its worker is gone, and so is anything it staged. A job that another live
	 * instance runs keeps its lock and is left alone. The lock is tried for the length of
	 * this one statement.
	 * @return how many jobs were marked
	 */
	int failInterrupted(Long onlyId) {
		List<Long> failed = jdbc.queryForList("""
				update import_job set status = 'FAILED', error = ?, created_count = 0, updated_at = now()
				where status = 'RUNNING' and (cast(? as bigint) is null or id = ?)
				  and case when status = 'RUNNING' then pg_try_advisory_xact_lock(?, id::int) else false end
				returning id""", Long.class, INTERRUPTED, onlyId, onlyId, JOB_LOCK_CLASS);
		for (long id : failed) {
			jdbc.update("delete from import_row where job_id = ?", id);
			log.warn("Import {} was interrupted while it ran; it is marked failed and can be run again", id);
		}
		return failed.size();
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedAtStartUp() {
		failInterrupted(null);
	}

	/**
	 * The run itself: stage every row (stopping at the first problem), then create them
	 * all in one short transaction. Tests call it directly rather than in the background.
	 */
	void execute(long id, String username, List<ImportField> mapping) {
		long started = System.nanoTime();
		try {
			jdbc.update("delete from import_row where job_id = ?", id);
			CsvTable table = CsvTable.parse(content(id));
			RowMapper mapper = new RowMapper(table.header(), mapping);
			List<Problem> problems = new ArrayList<>();
			stage(id, table, mapper, problems, true, processed -> progress(id, processed));
			if (!problems.isEmpty()) {
				// the file changed or the data did since the check: stop, and leave
				// nothing behind
				Problem first = problems.get(0);
				throw new IllegalStateException(
						"Line " + first.line() + ", " + first.column() + ": " + first.message());
			}
			long staged = System.nanoTime();
			jdbc.execute("analyze import_row");
			String filename = jdbc.queryForObject("select filename from import_job where id = ?", String.class, id);
			int created = transaction.execute(status -> finish(id, username, filename, table.rows().size()));
			mapCells.forget();
			log.info(
					"Import {} done: {} rows read and staged in {} ms, {} incidents created in one transaction of {} ms",
					id, table.rows().size(), (staged - started) / 1_000_000, created,
					(System.nanoTime() - staged) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed and nothing was imported: {}", id, ex.getMessage());
			jdbc.update("delete from import_row where job_id = ?", id);
			jdbc.update(
					"update import_job set status = 'FAILED', error = ?, created_count = 0, updated_at = now() where id = ?",
					"Nothing was imported. " + ex.getMessage(), id);
		}
	}

	/**
	 * Checks and resolves each row, and stages the rows that are right and repeat no
	 * earlier row, {@value #CHUNK} per transaction. Problems go to {@code problems}, rows
	 * that repeat an earlier one too (as "duplicate"); with {@code stopAtProblem} the
	 * first problem ends the staging.
	 */
	private void stage(long id, CsvTable table, RowMapper mapper, List<Problem> problems, boolean stopAtProblem,
			IntConsumer progress) {
		RepeatsInFile repeats = new RepeatsInFile();
		List<Map<String, Object>> chunk = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			int line = i + 2;
			Read read = read(mapper, table.rows().get(i), line);
			List<Problem> rowProblems = read.problems();
			IncidentEditor.NewIncident row = null;
			if (rowProblems.isEmpty()) {
				try {
					row = editor.prepare(read.form());
				}
				catch (InvalidFieldsException ex) {
					ex.problems()
						.forEach(p -> rowProblems.add(new Problem(line, column(mapper, p.field()), p.message())));
				}
			}
			if (!rowProblems.isEmpty()) {
				problems.addAll(rowProblems);
				if (stopAtProblem) {
					return;
				}
				continue;
			}
			int earlier = repeats.earlierLine(line, row);
			if (earlier > 0) {
				if (!stopAtProblem) {
					problems.add(new Problem(line, "duplicate",
							"Repeats line " + earlier + " of this file: this row will be skipped."));
				}
				continue;
			}
			chunk.add(staged(line, row));
			if (chunk.size() == CHUNK) {
				insert(id, chunk);
				chunk.clear();
				progress.accept(i + 1);
			}
		}
		insert(id, chunk);
		progress.accept(table.rows().size());
	}

	private static Map<String, Object> staged(int line, IncidentEditor.NewIncident row) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("line", line);
		r.put("type", row.type().name());
		r.put("date_from", row.date().from() == null ? null : row.date().from().toString());
		r.put("date_to", row.date().to() == null ? null : row.date().to().toString());
		r.put("date_precision", row.date().precision().name());
		r.put("country_code", row.countryCode());
		r.put("place_id", row.placeId());
		r.put("locality", row.locality());
		r.put("street", row.street());
		r.put("latitude", row.latitude());
		r.put("longitude", row.longitude());
		r.put("geo_precision", row.precision().name());
		r.put("location_hidden", row.locationHidden());
		r.put("killed", row.killed());
		r.put("injured", row.injured());
		r.put("summary", row.summary());
		r.put("changes", row.changes());
		r.put("subtype", row.subtype() == null ? null : row.subtype().name());
		r.put("target", row.target() == null ? null : row.target().name());
		r.put("time_of_day", row.time() == null ? null : row.time().part().name());
		r.put("time_reported", row.time() == null || row.time().time() == null ? null : row.time().time().toString());
		r.put("time_precision", row.time() == null ? null : row.time().precision().name());
		r.put("groups", row.groups());
		return r;
	}

	private void insert(long id, List<Map<String, Object>> chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		String rows = json.writeValueAsString(chunk);
		transaction.executeWithoutResult(status -> jdbc.update(
				"""
						insert into import_row (job_id, line, type, date_from, date_to, date_precision, country_code, place_id, locality,
						                        street, latitude, longitude, geo_precision, location_hidden, killed, injured, summary, changes,
						                        subtype, target, time_of_day, time_reported, time_precision, groups)
						select ?, r.line, r.type, r.date_from, r.date_to, r.date_precision, r.country_code, r.place_id, r.locality,
						       r.street, r.latitude, r.longitude, r.geo_precision, r.location_hidden, r.killed, r.injured, r.summary, r.changes,
						       r.subtype, r.target, r.time_of_day, r.time_reported, r.time_precision,
						       coalesce(array(select jsonb_array_elements_text(r.groups)), '{}')
						from jsonb_to_recordset(?::jsonb) as r(line integer, type text, date_from date, date_to date, date_precision text,
						     country_code text, place_id integer, locality text, street text, latitude double precision,
						     longitude double precision, geo_precision text, location_hidden boolean, killed integer, injured integer,
						     summary text, changes jsonb, subtype text, target text, time_of_day text, time_reported time,
						     time_precision text, groups jsonb)""",
				id, rows));
	}

	/**
	 * Staged rows of a job that repeat an existing incident: line, and the incident's id.
	 */
	private Map<Integer, Long> repeatsOfExisting(long id) {
		Map<Integer, Long> repeats = new java.util.TreeMap<>();
		jdbc.query(IncidentQueries.sameEvents("(select line as key, * from import_row where job_id = ?)"), rs -> {
			repeats.put(rs.getInt(1), rs.getLong(2));
		}, id, id);
		return repeats;
	}

	/**
	 * Creates every staged row that repeats no existing incident (through the incident
	 * package's {@link BulkIncidents}, in one statement), with its audit row (through
	 * {@link AuditTrail#recordEach}, in one more), and marks the job done: the one
	 * transaction of the run that writes incidents. Imports finish one at a time, so that
	 * each sees the incidents the other created.
	 */
	private int finish(long id, String username, String filename, int total) {
		jdbc.queryForObject("select pg_advisory_xact_lock(?, 0)", Object.class, FINISH_LOCK_CLASS);
		Map<Integer, Long> incidents = bulk.create(
				"""
						select r.line as key, r.* from import_row r
						where r.job_id = ? and r.line not in (select key from (%s) repeats)"""
					.formatted(IncidentQueries.sameEvents("(select line as key, * from import_row where job_id = ?)")),
				id, id, id);
		List<Map<String, Object>> lines = new ArrayList<>(incidents.size());
		incidents.forEach((line, incident) -> lines.add(Map.of("line", line, "id", incident)));
		int created = audit.recordEach(BulkIncidents.AUDIT_ENTITY, AuditAction.CREATE, username, """
				select c.id as entity_id, r.changes, ? || r.line as reason
				from import_row r join jsonb_to_recordset(?::jsonb) as c(line integer, id bigint) on c.line = r.line
				where r.job_id = ? order by r.line""", "Imported from " + filename + " (import " + id + "), line ",
				json.writeValueAsString(lines), id);
		jdbc.update(
				"""
						update import_job set status = 'DONE', processed_rows = total_rows, created_count = ?, duplicate_count = ?,
						       error = null, updated_at = now() where id = ?""",
				created, total - created, id);
		jdbc.update("delete from import_row where job_id = ?", id);
		return created;
	}

	private void progress(long id, int processed) {
		separate.executeWithoutResult(status -> jdbc
			.update("update import_job set processed_rows = ?, updated_at = now() where id = ?", processed, id));
	}

	/** A row read into the editor's form, with every problem of its cells and fields. */
	private record Read(IncidentForm form, List<Problem> problems) {
	}

	/**
	 * The row's cells and the form's own rules; the gazetteer and the calendar are the
	 * editor's ({@link IncidentEditor#prepare}).
	 */
	private Read read(RowMapper mapper, List<String> row, int line) {
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
		return new Read(form, problems);
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
			case "subtype" -> ImportField.SUBTYPE;
			case "target" -> ImportField.TARGET;
			case "timeOfDay" -> ImportField.TIME_OF_DAY;
			case "groups" -> ImportField.GROUPS;
			default -> ImportField.SUMMARY;
		};
		String name = mapper.columnOf(source);
		if (!name.equals(source.token())) {
			return name;
		}
		// the field may have come from a sibling column: date_from for date, city or
		// district for place, ...
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

	/**
	 * The job, if it is this user's; a job that says RUNNING but whose worker is gone is
	 * marked failed first.
	 */
	public Optional<Job> find(long id, String username) {
		Optional<Job> job = read(id, username);
		if (job.isPresent() && job.get().status() == Status.RUNNING && failInterrupted(id) > 0) {
			return read(id, username);
		}
		return job;
	}

	private Optional<Job> read(long id, String username) {
		return jdbc.query("select * from import_job where id = ? and username = ?",
				(rs, n) -> new Job(rs.getLong("id"), rs.getString("username"), rs.getString("filename"),
						Status.valueOf(rs.getString("status")),
						json.readValue(rs.getString("columns"), new TypeReference<List<String>>() {
						}), mapping(rs.getString("mapping"), rs.getString("columns")), rs.getInt("total_rows"),
						rs.getInt("processed_rows"), rs.getInt("created_count"), rs.getInt("duplicate_count"),
						json.readValue(rs.getString("report"), new TypeReference<List<Problem>>() {
						}), rs.getString("error")),
				id, username)
			.stream()
			.findFirst();
	}

	public List<Map<String, Object>> recent(String username) {
		failInterrupted(null);
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
