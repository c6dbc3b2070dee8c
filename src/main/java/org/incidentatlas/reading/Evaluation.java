package org.incidentatlas.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.incidentatlas.extraction.ExtractedPlace;
import org.incidentatlas.extraction.Extraction;
import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.extraction.Language;
import org.incidentatlas.extraction.ProposedIncident;
import org.incidentatlas.extraction.ProposedStatistic;
import org.incidentatlas.place.PlaceNames;
import org.incidentatlas.time.DateRange;

/**
 * Scores the extractor against articles read by a person: every {@code NAME.txt} with a
 * {@code NAME.gold.json} beside it. An incident matches a gold incident when the type is the
 * same, the place agrees at the gold's precision (city, else region, else country) and the
 * dates overlap. A statistic matches when metric, value and place agree and the periods overlap.
 */
public final class Evaluation {

	/** Counts of matches, spurious proposals and misses, with the lines that explain them. */
	public record Score(int matched, int spurious, int missed, List<String> notes) {

		public double precision() {
			return matched + spurious == 0 ? 1 : (double) matched / (matched + spurious);
		}

		public double recall() {
			return matched + missed == 0 ? 1 : (double) matched / (matched + missed);
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		Score plus(Score other) {
			List<String> all = new ArrayList<>(notes);
			all.addAll(other.notes);
			return new Score(matched + other.matched, spurious + other.spurious, missed + other.missed, all);
		}

	}

	public record Result(int articles, Score incidents, Score statistics) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Extractor extractor;

	public Evaluation(Extractor extractor) {
		this.extractor = extractor;
	}

	public Result run(Path folder) {
		Score incidents = new Score(0, 0, 0, List.of());
		Score statistics = new Score(0, 0, 0, List.of());
		int articles = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
				String name = gold.getFileName().toString().replace(".gold.json", "");
				Path article = gold.resolveSibling(name + ".txt");
				if (!Files.exists(article)) {
					continue;
				}
				JsonNode expected = JSON.readTree(Files.readString(gold, StandardCharsets.UTF_8));
				Extraction found = extractor.extract(Files.readString(article, StandardCharsets.UTF_8),
						DateRange.parse(expected.path("published").asString("")),
						Language.fromToken(expected.path("language").asString(null)).orElse(null));
				incidents = incidents.plus(scoreIncidents(name, expected.path("incidents"), found.incidents()));
				statistics = statistics.plus(scoreStatistics(name, expected.path("statistics"), found.statistics()));
				articles++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Result(articles, incidents, statistics);
	}

	private static Score scoreIncidents(String article, JsonNode gold, List<ProposedIncident> proposals) {
		List<ProposedIncident> left = new ArrayList<>(proposals);
		List<String> notes = new ArrayList<>();
		int matched = 0;
		int missed = 0;
		for (JsonNode g : gold) {
			ProposedIncident match = left.stream().filter(p -> matches(g, p)).findFirst().orElse(null);
			if (match == null) {
				missed++;
				notes.add(article + " missed: " + g.path("type").asString() + " " + g.path("date").asString("?") + " "
						+ where(g) + " — " + g.path("note").asString(""));
			}
			else {
				matched++;
				left.remove(match);
			}
		}
		left.forEach(p -> notes.add(article + " spurious: " + p.type().token() + " " + p.date().compact() + " "
				+ describe(p.place()) + " — " + shorten(p.evidence().get(0).text())));
		return new Score(matched, left.size(), missed, notes);
	}

	private static boolean matches(JsonNode gold, ProposedIncident p) {
		if (!p.type().token().equals(gold.path("type").asString())) {
			return false;
		}
		DateRange date = DateRange.parse(gold.path("date").asString(null));
		if (date.isKnown() && (!p.date().isKnown() || !overlaps(date, p.date()))) {
			return false;
		}
		return placeMatches(gold, p.place());
	}

	private static boolean placeMatches(JsonNode gold, ExtractedPlace place) {
		String city = gold.path("city").asString(null);
		if (city != null) {
			return same(city, place.city());
		}
		String region = gold.path("region").asString(null);
		if (region != null) {
			return same(region, place.region());
		}
		return same(gold.path("country").asString(null), place.country());
	}

	private static Score scoreStatistics(String article, JsonNode gold, List<ProposedStatistic> proposals) {
		List<ProposedStatistic> left = new ArrayList<>(proposals);
		List<String> notes = new ArrayList<>();
		int matched = 0;
		int missed = 0;
		for (JsonNode g : gold) {
			ProposedStatistic match = left.stream().filter(s -> matches(g, s)).findFirst().orElse(null);
			if (match == null) {
				missed++;
				notes.add(article + " missed statistic: " + g.path("place").asString() + " " + g.path("period").asString()
						+ " " + g.path("metric").asString() + " " + g.path("value").asString());
			}
			else {
				matched++;
				left.remove(match);
			}
		}
		left.forEach(s -> notes.add(article + " spurious statistic: " + s.place() + " " + s.period().compact() + " "
				+ s.metric().token() + " " + s.value().toPlainString() + " — " + shorten(s.evidence().get(0).text())));
		return new Score(matched, left.size(), missed, notes);
	}

	private static boolean matches(JsonNode gold, ProposedStatistic s) {
		return s.metric().token().equals(gold.path("metric").asString())
				&& s.value().compareTo(new BigDecimal(gold.path("value").asString("0"))) == 0
				&& same(gold.path("place").asString(null), s.place())
				&& overlaps(DateRange.parse(gold.path("period").asString(null)), s.period());
	}

	private static boolean overlaps(DateRange a, DateRange b) {
		return a.isKnown() && b.isKnown() && !a.from().isAfter(b.to()) && !b.from().isAfter(a.to());
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && PlaceNames.normalize(a).equals(PlaceNames.normalize(b));
	}

	private static String where(JsonNode g) {
		return String.join("/", Stream.of("street", "district", "city", "region", "country")
			.map(f -> g.path(f).asString(null))
			.filter(v -> v != null)
			.toList());
	}

	private static String describe(ExtractedPlace p) {
		return String.join("/", Stream.of(p.street(), p.district(), p.city(), p.region(), p.country())
			.filter(v -> v != null)
			.toList()) + " (" + p.precision().token() + ")";
	}

	private static String shorten(String text) {
		return text.length() <= 90 ? text : text.substring(0, 87) + "...";
	}

	/** The figures as the command prints them. */
	public static String report(Result r) {
		StringBuilder b = new StringBuilder();
		r.incidents().notes().forEach(n -> b.append("  ").append(n).append('\n'));
		r.statistics().notes().forEach(n -> b.append("  ").append(n).append('\n'));
		b.append(String.format(Locale.ROOT, "articles: %d%n", r.articles()));
		line(b, "incidents", r.incidents());
		line(b, "statistics", r.statistics());
		return b.toString();
	}

	private static void line(StringBuilder b, String what, Score s) {
		b.append(String.format(Locale.ROOT, "%-10s  precision %.3f  recall %.3f  F1 %.3f  (matched %d, spurious %d, missed %d)%n",
				what, s.precision(), s.recall(), s.f1(), s.matched(), s.spurious(), s.missed()));
	}

}
