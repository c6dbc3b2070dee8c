import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.incidentatlas.extraction.Extraction;
import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.reading.GazetteerFiles;
import org.incidentatlas.time.DateRange;

/**
 * Speed and memory of the extraction engine, on one thread (one core), in wall time and in the
 * thread's CPU time (which other work on the machine does not inflate):
 * articles of about 5 KB per second, the time for one 2 MB article, and the heap in use
 * after a garbage collection every 1,000 articles over 10,000 articles.
 * The articles are generated from sentences written for this benchmark, in three languages.
 * Run by src/bench/extraction.sh.
 */
public class ExtractionBenchmark {

	static final String[] SENTENCES = {
			"On %d April %d shots were fired at a house in %s; nobody was injured.",
			"In %d a %d-year-old man was shot dead in %s after a dispute between drug gangs.",
			"Op %d mei %d ontplofte een granaat aan een woning in %s.",
			"Le %d juin %d, une fusillade a éclaté à %s, faisant deux blessés.",
			"The city council of %s met on %d March %d to discuss parking for %d cars.",
			"Police said %d people had been arrested in %s in %d after a search of %d homes.",
			"Brussels recorded %d shootings last year, killing %d and injuring %d.",
			"Residents of %s described a quiet street, %d shops and a school built in %d.",
			"In %d drug gangs were plotting to kidnap a prosecutor in %s, according to %d sources.",
			"Een man (%d) werd in %d neergestoken in %s na een ruzie in het drugsmilieu." };

	static final String[] PLACES = { "Antwerp", "Deurne", "Borgerhout", "Molenbeek", "Schaerbeek", "Liège", "Charleroi",
			"Ghent", "Rotterdam", "Amsterdam", "Utrecht", "Mechelen", "Genk", "Anderlecht", "Merksem", "Hasselt" };

	public static void main(String[] args) {
		Extractor extractor = org.incidentatlas.reading.ExtractionRuleFiles.extractor(GazetteerFiles.load(), Set.of("BE", "NL"));
		DateRange published = DateRange.day(LocalDate.of(2025, 10, 30));
		Random random = new Random(42);
		List<String> dense = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			dense.add(article(random, 5_000));
		}
		List<String> news = launchArticlesIn5KbPieces();
		List<String> articles = news.isEmpty() ? dense : news;
		System.out.printf("corpus: %s, %d pieces of 5 KB%n", news.isEmpty()
				? "generated event-dense text (../shared/seeds not found)" : "the launch articles (../shared/seeds)", articles.size());

		int warm = 0;
		for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end;) {
			warm += extractor.extract(articles.get(warm % articles.size()), published, null).incidents().size() >= 0 ? 1 : 0;
		}
		System.out.printf("warm-up: %d articles in 5 s%n", warm);

		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int done = 0;
		int proposals = 0;
		long start = System.nanoTime();
		long cpu = threads.getCurrentThreadCpuTime();
		while (System.nanoTime() - start < 15_000_000_000L) {
			Extraction e = extractor.extract(articles.get(done % articles.size()), published, null);
			proposals += e.incidents().size() + e.statistics().size();
			done++;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
		System.out.printf("throughput (1 thread): %.0f articles of 5 KB per second of wall time, %.0f per second of CPU time"
				+ " (%d articles, %d proposals, %.1f s wall, %.1f s CPU)%n", done / seconds, done / cpuSeconds, done, proposals,
				seconds, cpuSeconds);
		done = 0;
		start = System.nanoTime();
		cpu = threads.getCurrentThreadCpuTime();
		while (System.nanoTime() - start < 10_000_000_000L) {
			extractor.extract(dense.get(done % dense.size()), published, null);
			done++;
		}
		System.out.printf("throughput on generated text with an event, a date and a place in every sentence: %.0f per second"
				+ " of wall time, %.0f per second of CPU time%n", done / ((System.nanoTime() - start) / 1e9),
				done / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9));

		String big = article(random, 2_000_000);
		for (int i = 0; i < 2; i++) {
			long t0 = System.nanoTime();
			long c0 = threads.getCurrentThreadCpuTime();
			Extraction e = extractor.extract(big, published, null);
			System.out.printf("2 MB article: %.2f s wall, %.2f s CPU (%d incidents, %d statistics)%n",
					(System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - c0) / 1e9, e.incidents().size(),
					e.statistics().size());
		}

		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.out.print("heap in use after GC, every 1,000 of 10,000 articles (MB):");
		for (int i = 1; i <= 10_000; i++) {
			extractor.extract(articles.get(i % articles.size()), published, null);
			if (i % 1_000 == 0) {
				System.gc();
				System.out.printf(" %.1f", memory.getHeapMemoryUsage().getUsed() / 1048576.0);
			}
		}
		System.out.println();
	}

	static List<String> launchArticlesIn5KbPieces() {
		List<String> pieces = new ArrayList<>();
		java.nio.file.Path seeds = java.nio.file.Path.of("../shared/seeds");
		if (!java.nio.file.Files.isDirectory(seeds)) {
			return pieces;
		}
		try (var files = java.nio.file.Files.list(seeds)) {
			StringBuilder all = new StringBuilder();
			for (var p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				all.append(java.nio.file.Files.readString(p)).append('\n');
			}
			for (int i = 0; i + 5_000 <= all.length(); i += 5_000) {
				pieces.add(all.substring(i, i + 5_000));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return pieces;
	}

	static String article(Random random, int size) {
		StringBuilder b = new StringBuilder(size + 200);
		while (b.length() < size) {
			String s = SENTENCES[random.nextInt(SENTENCES.length)];
			Object[] args = new Object[4];
			int placeAt = s.indexOf("%s");
			int k = 0;
			for (int i = 0; i < s.length() - 1 && k < 4; i++) {
				if (s.charAt(i) == '%') {
					args[k++] = s.charAt(i + 1) == 's' ? PLACES[random.nextInt(PLACES.length)] : 1 + random.nextInt(28) + (random.nextBoolean() ? 2000 : 0);
				}
			}
			b.append(String.format(s, args)).append(random.nextInt(4) == 0 ? "\n\n" : " ");
		}
		return b.toString();
	}

}
