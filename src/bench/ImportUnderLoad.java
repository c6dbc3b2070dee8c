import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV import under load, through HTTP only, as people use the application: an editor signs in,
 * uploads a file of N rows at /editor/import, checks it and runs it, and follows its progress,
 * while other editors, each signed in with a session of their own, keep creating and publishing
 * incidents through the JSON API (POST /api/incidents?publish=true, and a draft then
 * POST /api/incidents/{id}/publish), and a reader keeps reading the public list. Prints the
 * import's durations and each kind of request's p50/p95/max and errors while the import ran.
 * <p>
 * Run by src/bench/import-under-load.sh, which makes a database and starts the application:
 * {@code java src/bench/ImportUnderLoad.java <base url> <admin> <admin password> <rows> <editors> <places file>}
 */
public class ImportUnderLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	static final String[] TYPES = { "shooting", "explosion", "arson", "threat", "assault", "kidnapping", "homicide" };

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	record Sample(long startNanos, long nanos, boolean ok) {
	}

	/** A signed-in browser: its own cookies and CSRF token. */
	static final class Session {

		final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		final String base;

		String csrf;

		Session(String base, String username, String password) throws Exception {
			this.base = base;
			String login = get("/login").body();
			HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password, "_csrf", token(login))))
				.build(), HttpResponse.BodyHandlers.ofString());
			String location = signedIn.headers().firstValue("Location").orElse("");
			if (signedIn.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("sign-in as " + username + " failed: " + signedIn.statusCode() + " " + location);
			}
			csrf = token(get("/editor/import").body());
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base + path))
				.timeout(TIMEOUT)
				.header("Content-Type", contentType)
				.header("X-CSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> postForm(String path, String... pairs) throws Exception {
			return post(path, "application/x-www-form-urlencoded", form(pairs).getBytes(StandardCharsets.UTF_8));
		}

		static String token(String page) {
			Matcher m = CSRF.matcher(page);
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token in the page");
			}
			return m.group(1);
		}

	}

	static String form(String... pairs) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			s.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return s.toString();
	}

	/** Distinct incidents: every (type, place, day) once, so that no row repeats another. */
	static String csv(int rows, List<String> places) {
		StringBuilder csv = new StringBuilder("type,date,place,killed,injured,summary\n");
		int combinations = places.size() * TYPES.length;
		for (int i = 0; i < rows; i++) {
			String place = places.get(i % places.size());
			String type = TYPES[(i / places.size()) % TYPES.length];
			LocalDate day = LocalDate.of(2015, 1, 1).plusDays(i / combinations);
			csv.append(type).append(',').append(day).append(',').append(place).append(',').append(i % 3 == 0 ? "" : i % 2)
				.append(',').append(i % 5).append(",\"[SYNTHETIC] Imported benchmark row ").append(i + 2)
				.append(": a ").append(type).append(" in ").append(place).append("\"\n");
		}
		return csv.toString();
	}

	static byte[] multipart(String boundary, String filename, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String admin = args[1];
		String adminPassword = args[2];
		int rows = Integer.parseInt(args[3]);
		int editors = Integer.parseInt(args[4]);
		List<String> places = Files.readAllLines(Path.of(args[5])).stream().map(String::strip).filter(s -> !s.isEmpty())
			.toList();

		// accounts, created by the administrator over the API
		HttpClient plain = HttpClient.newHttpClient();
		String basic = "Basic " + Base64.getEncoder().encodeToString((admin + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
		String password = "bench passphrase " + Long.toHexString(new Random().nextLong());
		for (int i = 0; i <= editors; i++) {
			HttpResponse<String> created = plain.send(HttpRequest.newBuilder(URI.create(base + "/api/users"))
				.header("Authorization", basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"bench-editor-" + i + "\", \"password\": \"" + password
						+ "\", \"role\": \"EDITOR\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() != 201) {
				throw new IllegalStateException("creating an editor failed: " + created.statusCode() + " " + created.body());
			}
		}

		AtomicBoolean stop = new AtomicBoolean();
		List<Sample> writes = Collections.synchronizedList(new ArrayList<>());
		List<Sample> reads = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger firstErrors = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int e = 1; e <= editors; e++) {
			Session session = new Session(base, "bench-editor-" + e, password);
			int editor = e;
			Thread writer = new Thread(() -> {
				Random random = new Random(editor);
				int n = 0;
				while (!stop.get()) {
					n++;
					String body = "{\"type\": \"" + TYPES[random.nextInt(TYPES.length)] + "\", \"date\": \""
							+ LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600)) + "\", \"place\": \""
							+ places.get(random.nextInt(places.size())) + "\", \"killed\": 0, \"summary\": \"[SYNTHETIC] Written by editor "
							+ editor + " during the import, number " + n + "\"}";
					boolean atOnce = n % 2 == 0;
					long id = timed(writes, firstErrors, () -> session.post("/api/incidents" + (atOnce ? "?publish=true" : ""),
							"application/json", body.getBytes(StandardCharsets.UTF_8)), 201);
					if (!atOnce && id > 0) {
						timed(writes, firstErrors, () -> session.post("/api/incidents/" + id + "/publish", "application/json",
								new byte[0]), 200);
					}
					pause(50);
				}
			}, "editor-" + e);
			writer.start();
			threads.add(writer);
		}
		Session importer = new Session(base, "bench-editor-0", password);
		HttpClient anonymous = HttpClient.newHttpClient();
		Thread reader = new Thread(() -> {
			int page = 0;
			while (!stop.get()) {
				int p = page++ % 20;
				timed(reads, firstErrors, () -> anonymous.send(HttpRequest.newBuilder(URI.create(base
						+ "/api/incidents?family=all&page=" + p)).timeout(TIMEOUT).GET().build(),
						HttpResponse.BodyHandlers.ofString()), 200);
				pause(50);
			}
		}, "reader");
		reader.start();
		threads.add(reader);

		// the import, through the editor's pages
		pause(2000);
		String boundary = "bench" + Long.toHexString(System.nanoTime());
		byte[] file = csv(rows, places).getBytes(StandardCharsets.UTF_8);
		long t0 = System.nanoTime();
		HttpResponse<String> uploaded = importer.post("/editor/import", "multipart/form-data; boundary=" + boundary,
				multipart(boundary, "bench.csv", file));
		String job = uploaded.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
				"upload refused: " + uploaded.statusCode() + " " + uploaded.body()));
		job = job.replaceFirst("^https?://[^/]+", "");
		long t1 = System.nanoTime();
		HttpResponse<String> checked = importer.postForm(job + "/check", "column0", "TYPE", "column1", "DATE", "column2", "PLACE",
				"column3", "KILLED", "column4", "INJURED", "column5", "SUMMARY");
		if (checked.statusCode() != 302 || !importer.get(job).body().contains("import-run")) {
			throw new IllegalStateException("the check did not make the file runnable: " + checked.statusCode());
		}
		long t2 = System.nanoTime();
		long runStart = System.nanoTime();
		HttpResponse<String> started = importer.postForm(job + "/run");
		if (started.statusCode() != 302) {
			throw new IllegalStateException("the run was refused: " + started.statusCode());
		}
		String status;
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (true) {
			status = importer.get(job + "/status").body();
			if (!status.contains("\"running\"") || System.nanoTime() > deadline) {
				break;
			}
			pause(100);
		}
		long runEnd = System.nanoTime();
		pause(1000);
		stop.set(true);
		for (Thread t : threads) {
			t.join(TIMEOUT.toMillis());
		}

		System.out.printf("import: rows=%d file_kb=%d upload_s=%.2f check_s=%.2f run_s=%.2f (from the run button to done, polled every 0.1 s)%n",
				rows, file.length / 1024, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (runEnd - runStart) / 1e9);
		System.out.println("import: final status " + status);
		report("editor writes while the import ran", writes, runStart, runEnd);
		report("editor writes while the check ran", writes, t1, t2);
		report("editor writes, whole run of the benchmark", writes, 0, Long.MAX_VALUE);
		report("public list reads while the import ran", reads, runStart, runEnd);
		if (firstErrors.get() > 0) {
			System.out.println("errors seen: " + firstErrors.get() + " (the first few are printed above)");
		}
	}

	interface Call {

		HttpResponse<String> send() throws Exception;

	}

	/** Sends, records the time, and answers the id in the body (or 0). */
	static long timed(List<Sample> samples, AtomicInteger errors, Call call, int expected) {
		long start = System.nanoTime();
		boolean ok = false;
		long id = 0;
		try {
			HttpResponse<String> response = call.send();
			ok = response.statusCode() == expected;
			if (!ok && errors.incrementAndGet() <= 5) {
				System.out.println("error: " + response.statusCode() + " " + response.uri() + " "
						+ response.body().substring(0, Math.min(200, response.body().length())));
			}
			Matcher m = ID.matcher(response.body());
			if (ok && m.find()) {
				id = Long.parseLong(m.group(1));
			}
		}
		catch (Exception ex) {
			if (errors.incrementAndGet() <= 5) {
				System.out.println("error: " + ex);
			}
		}
		samples.add(new Sample(start, System.nanoTime() - start, ok));
		return id;
	}

	static void report(String what, List<Sample> all, long from, long to) {
		List<Sample> in;
		synchronized (all) {
			in = all.stream().filter(s -> s.startNanos() + s.nanos() >= from && s.startNanos() <= to).toList();
		}
		List<Long> ms = in.stream().map(s -> s.nanos() / 1_000_000).sorted().toList();
		long errors = in.stream().filter(s -> !s.ok()).count();
		if (ms.isEmpty()) {
			System.out.println(what + ": no requests");
			return;
		}
		System.out.printf("%s: n=%d p50_ms=%d p95_ms=%d max_ms=%d errors=%d%n", what, ms.size(), ms.get(ms.size() / 2),
				ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.95) - 1)), ms.get(ms.size() - 1), errors);
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
