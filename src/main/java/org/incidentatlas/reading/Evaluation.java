package org.incidentatlas.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.incidentatlas.extraction.ExtractedPlace;
import org.incidentatlas.extraction.Extraction;
import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.extraction.Language;
import org.incidentatlas.extraction.ProposedIncident;
import org.incidentatlas.extraction.ProposedStatistic;
import org.incidentatlas.place.PlaceCatalog;
import org.incidentatlas.place.PlaceNames;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

/**
 * Scores the extractor against articles read by a person: every {@code NAME.txt} with a
 * {@code NAME.gold.json} beside it. An incident matches a gold incident when the type is
 * the same, the place agrees at the gold's precision (city, else region, else country)
 * and the dates overlap. A statistic matches when metric, value and place agree and the
 * periods overlap. Proposals and gold records are paired so that as many as possible
 * match.
 * <p>
 * Every miss and every spurious proposal gets a cause, so the figures say where to work:
 * a miss paired with a spurious proposal that differs only in date, place or type is that
 * error on both sides; a spurious proposal of an event already matched was not merged;
 * one read from a tally is an aggregate taken for an event; one in an article with no
 * gold incidents is out of scope.
 */
public final class Evaluation {

	/**
	 * The dev corpus's held-out quarter: excerpts whose number is 3 modulo 4. Rules are
	 * never read or tuned on them; their score says whether the rules generalise.
	 */
	public static final Set<String> HELD_OUT = Set.of("003", "007", "011", "015", "019", "023", "027", "031", "035",
			"039", "103", "107", "111", "115", "119", "123", "127");

	/** Which articles of a folder to score. */
	public enum Part {

		/** Every article. */
		ALL,
		/** The articles rules may be tuned on: all but the held-out quarter. */
		TUNING,
		/** The held-out quarter only. */
		HELD_OUT;

		boolean includes(String article) {
			return switch (this) {
				case ALL -> true;
				case TUNING -> !Evaluation.HELD_OUT.contains(article);
				case HELD_OUT -> Evaluation.HELD_OUT.contains(article);
			};
		}

		String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** Counts of matches, spurious proposals and misses. */
	public record Score(int matched, int spurious, int missed) {

		static final Score NONE = new Score(0, 0, 0);

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
			return new Score(matched + other.matched, spurious + other.spurious, missed + other.missed);
		}

	}

	/** Why a gold record was missed, a proposal was spurious, or a match is imperfect. */
	public enum Cause {

		NO_DATE("no date"), WRONG_DATE("wrong date"), NO_PLACE("no place"), WRONG_PLACE("wrong place"),
		WRONG_TYPE("wrong type"), WRONG_PERIOD("wrong period"), WRONG_VALUE("wrong value"),
		WRONG_METRIC("wrong metric"), DUPLICATE("not merged / duplicate"), AGGREGATE("aggregate taken for an event"),
		OUT_OF_SCOPE("out of scope (article has no gold incidents)"), NOT_FOUND("not found at all"),
		NOT_IN_GOLD("not in the gold"), CASUALTIES_WRONG("matched, casualties wrong");

		private final String label;

		Cause(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** What a finding is about. */
	public enum Kind {

		MISSED, SPURIOUS, MATCHED;

		String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One thing that went wrong, for the verbose listing.
	 *
	 * @param statistic true for a statistic, false for an incident
	 * @param what the gold record or proposal in short
	 * @param detail what the other side said, or the proposal's passage
	 */
	public record Finding(String article, boolean statistic, Kind kind, Cause cause, String what, String detail) {
	}

	/**
	 * The figures for one run.
	 *
	 * @param incidentsByType keyed by the type's token
	 */
	public record Result(Part part, int articles, Score incidents, Map<Language, Score> incidentsByLanguage,
			Map<String, Score> incidentsByType, Score statistics, Map<Language, Score> statisticsByLanguage,
			List<Finding> findings) {

		/** How many findings of each cause, for incidents or statistics and one kind. */
		public Map<Cause, Integer> causes(boolean statistic, Kind kind) {
			Map<Cause, Integer> counts = new EnumMap<>(Cause.class);
			for (Finding f : findings) {
				if (f.statistic() == statistic && f.kind() == kind) {
					counts.merge(f.cause(), 1, Integer::sum);
				}
			}
			return counts;
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * A count followed by a plural noun of violence: "62 shootings", "drie explosies",
	 * "plusieurs fusillades".
	 */
	private static final Pattern PLURAL = Pattern
		.compile("(?iu)\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens?"
				+ "|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|tientallen|enkele|meerdere|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
				+ "|plusieurs|dizaines?)\\s+(?:\\S+\\s+)?(?:shootings|explosions|attacks|murders|killings|schietpartijen|schietincidenten"
				+ "|explosies|aanslagen|ontploffingen|moorden|liquidaties|fusillades|explosions|attaques|attentats|meurtres|faits)\\b");

	private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?![\\d.,]\\d)");

	private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})-H([12])");

	private final Extractor extractor;

	private final Map<String, Set<String>> placeKeysByName = new HashMap<>();

	public Evaluation(Extractor extractor) {
		this(extractor, null);
	}

	/**
	 * @param gazetteer lets a statistic's place match by any of its names
	 * ("Brussels-Capital Region" is Brussels); without it names must agree as written
	 */
	public Evaluation(Extractor extractor, PlaceCatalog gazetteer) {
		this.extractor = extractor;
		if (gazetteer != null) {
			for (PlaceCatalog.PlaceName n : gazetteer.names()) {
				placeKeysByName.computeIfAbsent(PlaceNames.normalize(n.name()), k -> new HashSet<>())
					.add(n.place().key());
			}
		}
	}

	public Result run(Path folder) {
		return run(folder, Part.ALL);
	}

	public Result run(Path folder, Part part) {
		Tally incidents = new Tally();
		Tally statistics = new Tally();
		List<Finding> findings = new ArrayList<>();
		int articles = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
				String name = gold.getFileName().toString().replace(".gold.json", "");
				Path article = gold.resolveSibling(name + ".txt");
				if (!Files.exists(article) || !part.includes(name)) {
					continue;
				}
				JsonNode expected = JSON.readTree(Files.readString(gold, StandardCharsets.UTF_8));
				Language language = Language.fromToken(expected.path("language").asString(null)).orElse(null);
				Extraction found = extractor.extract(Files.readString(article, StandardCharsets.UTF_8),
						DateRange.parse(expected.path("published").asString("")), language);
				Language read = language != null ? language : found.language();
				scoreIncidents(name, expected, found.incidents(), read, incidents, findings);
				scoreStatistics(name, expected.path("statistics"), found.statistics(), read, statistics, findings);
				articles++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Result(part, articles, incidents.all, incidents.byLanguage, new TreeMap<>(incidents.byType),
				statistics.all, statistics.byLanguage, findings);
	}

	/** Scores added up overall, per language and per type. */
	private static final class Tally {

		Score all = Score.NONE;

		final Map<Language, Score> byLanguage = new EnumMap<>(Language.class);

		final Map<String, Score> byType = new HashMap<>();

		void add(Language language, String type, Score s) {
			all = all.plus(s);
			if (language != null) {
				byLanguage.merge(language, s, Score::plus);
			}
			if (type != null) {
				byType.merge(type, s, Score::plus);
			}
		}

	}

	// --- incidents ---

	private void scoreIncidents(String article, JsonNode expected, List<ProposedIncident> proposals, Language language,
			Tally tally, List<Finding> findings) {
		List<JsonNode> gold = list(expected.path("incidents"));
		int[] pairOf = pair(gold, proposals, this::matchesIncident, Evaluation::closeness);
		boolean[] used = new boolean[proposals.size()];
		List<JsonNode> missed = new ArrayList<>();
		for (int g = 0; g < gold.size(); g++) {
			String type = gold.get(g).path("type").asString();
			if (pairOf[g] < 0) {
				missed.add(gold.get(g));
				continue;
			}
			used[pairOf[g]] = true;
			tally.add(language, type, new Score(1, 0, 0));
			ProposedIncident p = proposals.get(pairOf[g]);
			String wrong = wrongCounts(gold.get(g), p);
			if (!wrong.isEmpty()) {
				findings.add(new Finding(article, false, Kind.MATCHED, Cause.CASUALTIES_WRONG, describe(gold.get(g)),
						wrong));
			}
		}
		List<ProposedIncident> left = unused(proposals, used);
		// a miss and a spurious proposal that differ in one respect are the same error,
		// told once on each side
		List<NearMiss<ProposedIncident>> nearMisses = NearMiss.pair(missed, left, this::nearMiss,
				Evaluation::closeness);
		for (int m = 0; m < missed.size(); m++) {
			JsonNode g = missed.get(m);
			tally.add(language, g.path("type").asString(), new Score(0, 0, 1));
			ProposedIncident near = nearMisses.get(m).proposal();
			Cause cause = nearMisses.get(m).cause();
			if (near != null) {
				left.remove(near);
				tally.add(language, near.type().token(), new Score(0, 1, 0));
				findings.add(new Finding(article, false, Kind.SPURIOUS, cause, describe(near),
						"gold: " + describe(g) + " — " + passage(near)));
			}
			findings.add(new Finding(article, false, Kind.MISSED, cause, describe(g),
					near == null ? g.path("note").asString("") : "proposed: " + describe(near)));
		}
		Set<Integer> statisticValues = new HashSet<>();
		for (JsonNode s : expected.path("statistics")) {
			statisticValues.add(s.path("value").asInt(-1));
		}
		for (ProposedIncident p : left) {
			tally.add(language, p.type().token(), new Score(0, 1, 0));
			Cause cause;
			if (gold.stream().anyMatch(g -> matchesIncident(g, p) || nearMiss(g, p) != null)) {
				cause = Cause.DUPLICATE; // another proposal already stands for that gold
											// incident
			}
			else if (gold.isEmpty()) {
				cause = Cause.OUT_OF_SCOPE;
			}
			else if (readFromATally(p, statisticValues)) {
				cause = Cause.AGGREGATE;
			}
			else {
				cause = Cause.NOT_IN_GOLD;
			}
			findings.add(new Finding(article, false, Kind.SPURIOUS, cause, describe(p), passage(p)));
		}
	}

	private boolean matchesIncident(JsonNode gold, ProposedIncident p) {
		return p.type().token().equals(gold.path("type").asString()) && dateAgrees(gold, p)
				&& placeMatches(gold, p.place());
	}

	/** The proposals not matched to any gold entry, in their order. */
	private static <T> List<T> unused(List<T> proposals, boolean[] used) {
		List<T> left = new ArrayList<>();
		for (int i = 0; i < proposals.size(); i++) {
			if (!used[i]) {
				left.add(proposals.get(i));
			}
		}
		return left;
	}

	/**
	 * A proposal left over that misses a gold entry in one respect, and that respect; no
	 * proposal and {@link Cause#NOT_FOUND} when none does.
	 */
	private record NearMiss<T>(T proposal, Cause cause) {

		/**
		 * Pairs each missed gold entry with at most one proposal left over that misses it
		 * in one respect. A miss whose place agrees (wrong date or type) is a better pair
		 * than one that only agrees in type and date (wrong place), so the closest pairs
		 * are taken first; among equals, the earlier gold and proposal.
		 */
		static <T> List<NearMiss<T>> pair(List<JsonNode> gold, List<T> left, BiFunction<JsonNode, T, Cause> nearMiss,
				ToIntBiFunction<JsonNode, T> closeness) {
			record Candidate(int gold, int proposal, Cause cause, int rank) {
			}
			List<Candidate> candidates = new ArrayList<>();
			for (int g = 0; g < gold.size(); g++) {
				for (int p = 0; p < left.size(); p++) {
					Cause c = nearMiss.apply(gold.get(g), left.get(p));
					if (c != null) {
						int placeAgrees = c == Cause.WRONG_PLACE || c == Cause.NO_PLACE ? 0 : 1;
						candidates.add(new Candidate(g, p, c,
								placeAgrees * 100 + closeness.applyAsInt(gold.get(g), left.get(p))));
					}
				}
			}
			candidates.sort(Comparator.comparingInt(Candidate::rank).reversed());
			List<NearMiss<T>> pairs = new ArrayList<>();
			for (int g = 0; g < gold.size(); g++) {
				pairs.add(new NearMiss<>(null, Cause.NOT_FOUND));
			}
			boolean[] taken = new boolean[left.size()];
			for (Candidate c : candidates) {
				if (pairs.get(c.gold()).proposal() == null && !taken[c.proposal()]) {
					taken[c.proposal()] = true;
					pairs.set(c.gold(), new NearMiss<>(left.get(c.proposal()), c.cause()));
				}
			}
			return pairs;
		}

	}

	/**
	 * What alone keeps a proposal from matching a gold incident, or null when more than
	 * one thing does.
	 */
	private Cause nearMiss(JsonNode gold, ProposedIncident p) {
		boolean type = p.type().token().equals(gold.path("type").asString());
		boolean date = dateAgrees(gold, p);
		boolean place = placeMatches(gold, p.place());
		if (type && place && !date) {
			return p.date().isKnown() ? Cause.WRONG_DATE : Cause.NO_DATE;
		}
		if (type && date && !place) {
			return p.place().city() == null && p.place().region() == null ? Cause.NO_PLACE : Cause.WRONG_PLACE;
		}
		if (!type && date && place) {
			return Cause.WRONG_TYPE;
		}
		return null;
	}

	private static boolean dateAgrees(JsonNode gold, ProposedIncident p) {
		DateRange date = DateRange.parse(gold.path("date").asString(null));
		return !date.isKnown() || p.date().isKnown() && overlaps(date, p.date());
	}

	/**
	 * The place agrees at the gold's precision: its city, else its region, else its
	 * country. A region is compared by any of its names ("Noord-Holland" is "North
	 * Holland", "Antwerp Province" the province of Antwerp) when the gazetteer is known.
	 * A proposal placed less precisely than the gold never matches.
	 */
	private boolean placeMatches(JsonNode gold, ExtractedPlace place) {
		String city = gold.path("city").asString(null);
		if (city != null) {
			return same(city, place.city());
		}
		String region = gold.path("region").asString(null);
		if (region != null) {
			return sameRegion(region, place.region());
		}
		return same(gold.path("country").asString(null), place.country());
	}

	private boolean sameRegion(String gold, String proposed) {
		if (same(gold, proposed)) {
			return true;
		}
		if (gold == null || proposed == null) {
			return false;
		}
		Set<String> goldKeys = placeKeysByName.getOrDefault(PlaceNames.normalize(gold), Set.of());
		Set<String> proposedKeys = placeKeysByName.getOrDefault(PlaceNames.normalize(proposed), Set.of());
		return goldKeys.stream().anyMatch(proposedKeys::contains);
	}

	/**
	 * How closely a proposal agrees with a gold incident beyond what a match needs, to
	 * choose between pairs: its place (district, then city), then its type, then its date
	 * at the gold's precision, then its casualties.
	 */
	private static int closeness(JsonNode gold, ProposedIncident p) {
		int score = 0;
		ExtractedPlace place = p.place();
		String district = gold.path("district").asString(null);
		if (district != null && same(district, place.district())) {
			score += 16;
		}
		String city = gold.path("city").asString(null);
		if (city != null && same(city, place.city())) {
			score += 8;
		}
		if (p.type().token().equals(gold.path("type").asString())) {
			score += 4;
		}
		if (wrongCounts(gold, p).isEmpty()) {
			score += 1;
		}
		DateRange date = DateRange.parse(gold.path("date").asString(null));
		if (date.isKnown() && p.date().isKnown() && date.precision() == p.date().precision() && date.equals(p.date())) {
			score += 2;
		}
		return score;
	}

	/**
	 * Which count of a matched incident is wrong, each with the gold's and the proposal's
	 * figure ("killed: gold 1, proposed null"), or empty when both agree. A gold null
	 * means "not said", so a proposed figure is as wrong as a missing one.
	 */
	static String wrongCounts(JsonNode gold, ProposedIncident p) {
		List<String> wrong = new ArrayList<>();
		for (String side : List.of("killed", "injured")) {
			JsonNode g = gold.path(side);
			Integer expected = g.isNull() || g.isMissingNode() ? null : g.asInt();
			Integer proposed = side.equals("killed") ? p.killed() : p.injured();
			if (!Objects.equals(expected, proposed)) {
				wrong.add(side + ": gold " + expected + ", proposed " + proposed);
			}
		}
		return String.join("; ", wrong);
	}

	/**
	 * A proposal whose passages give a figure the gold counts as a statistic, or a plural
	 * count of attacks.
	 */
	private static boolean readFromATally(ProposedIncident p, Set<Integer> statisticValues) {
		for (var e : p.evidence()) {
			if (PLURAL.matcher(e.text()).find()) {
				return true;
			}
			Matcher number = NUMBER.matcher(e.text());
			while (number.find()) {
				if (statisticValues.contains(Integer.parseInt(number.group()))) {
					return true;
				}
			}
		}
		return false;
	}

	// --- statistics ---

	private void scoreStatistics(String article, JsonNode goldNode, List<ProposedStatistic> proposals,
			Language language, Tally tally, List<Finding> findings) {
		List<JsonNode> gold = list(goldNode);
		int[] pairOf = pair(gold, proposals, this::matchesStatistic, (g, s) -> 0);
		boolean[] used = new boolean[proposals.size()];
		List<JsonNode> missed = new ArrayList<>();
		for (int g = 0; g < gold.size(); g++) {
			if (pairOf[g] < 0) {
				missed.add(gold.get(g));
			}
			else {
				used[pairOf[g]] = true;
				tally.add(language, gold.get(g).path("metric").asString(), new Score(1, 0, 0));
			}
		}
		List<ProposedStatistic> left = unused(proposals, used);
		List<NearMiss<ProposedStatistic>> nearMisses = NearMiss.pair(missed, left, this::nearMiss, (g, s) -> 0);
		for (int m = 0; m < missed.size(); m++) {
			JsonNode g = missed.get(m);
			tally.add(language, g.path("metric").asString(), new Score(0, 0, 1));
			ProposedStatistic near = nearMisses.get(m).proposal();
			Cause cause = nearMisses.get(m).cause();
			if (near != null) {
				left.remove(near);
				tally.add(language, near.metric().token(), new Score(0, 1, 0));
				findings.add(new Finding(article, true, Kind.SPURIOUS, cause, describe(near),
						"gold: " + describeStatistic(g) + " — " + passage(near)));
			}
			findings.add(new Finding(article, true, Kind.MISSED, cause, describeStatistic(g),
					near == null ? g.path("note").asString("") : "proposed: " + describe(near)));
		}
		for (ProposedStatistic s : left) {
			tally.add(language, s.metric().token(), new Score(0, 1, 0));
			Cause cause = gold.stream().anyMatch(g -> matchesStatistic(g, s) || nearMiss(g, s) != null)
					? Cause.DUPLICATE : Cause.NOT_IN_GOLD;
			findings.add(new Finding(article, true, Kind.SPURIOUS, cause, describe(s), passage(s)));
		}
	}

	private boolean matchesStatistic(JsonNode gold, ProposedStatistic s) {
		return s.metric().token().equals(gold.path("metric").asString()) && sameValue(gold, s)
				&& samePlace(gold.path("place").asString(null), s) && periodAgrees(gold, s);
	}

	private Cause nearMiss(JsonNode gold, ProposedStatistic s) {
		boolean metric = s.metric().token().equals(gold.path("metric").asString());
		boolean value = sameValue(gold, s);
		boolean place = samePlace(gold.path("place").asString(null), s);
		boolean period = periodAgrees(gold, s);
		if (metric && value && place && !period) {
			return Cause.WRONG_PERIOD;
		}
		if (metric && value && period && !place) {
			return Cause.WRONG_PLACE;
		}
		if (metric && place && period && !value) {
			return Cause.WRONG_VALUE;
		}
		if (!metric && place && period && value) {
			return Cause.WRONG_METRIC;
		}
		return null;
	}

	private static boolean sameValue(JsonNode gold, ProposedStatistic s) {
		return s.value().compareTo(new BigDecimal(gold.path("value").asString("0"))) == 0;
	}

	private static boolean periodAgrees(JsonNode gold, ProposedStatistic s) {
		return overlaps(period(gold.path("period").asString(null)), s.period());
	}

	/**
	 * A period as the gold writes it: a date, a span "2016/2019", or a half year
	 * "2025-H1".
	 */
	static DateRange period(String text) {
		if (text == null) {
			return DateRange.unknown();
		}
		Matcher half = HALF_YEAR.matcher(text.strip());
		if (half.matches()) {
			int year = Integer.parseInt(half.group(1));
			int first = half.group(2).equals("1") ? 1 : 7;
			return new DateRange(LocalDate.of(year, first, 1), YearMonth.of(year, first + 5).atEndOfMonth(),
					DatePrecision.MONTH);
		}
		try {
			return DateRange.parse(text);
		}
		catch (IllegalArgumentException ex) {
			return DateRange.unknown();
		}
	}

	/**
	 * The gold's place may carry a remark ("Brussels (Porte de Hal area)", "Utrecht
	 * region"); a name the gazetteer knows matches any other name of the same place.
	 */
	private boolean samePlace(String gold, ProposedStatistic s) {
		if (gold == null || s.place() == null) {
			return false;
		}
		String plain = gold.replaceAll("\\s*\\([^)]*\\)", "").strip();
		for (String candidate : List.of(plain, plain.replaceAll("(?i)\\s+(?:region|area)$", ""))) {
			if (same(candidate, s.place())) {
				return true;
			}
			Set<String> keys = placeKeysByName.getOrDefault(PlaceNames.normalize(candidate), Set.of());
			if (s.placeKey() != null && keys.contains(s.placeKey())) {
				return true;
			}
			Set<String> proposed = placeKeysByName.getOrDefault(PlaceNames.normalize(s.place()), Set.of());
			if (!keys.isEmpty() && keys.equals(proposed)) {
				return true;
			}
		}
		return false;
	}

	// --- shared ---

	/**
	 * Pairs gold records with proposals so that as many as possible match and, among
	 * pairings that match as many, the pairs agree most closely (a proposal in the gold's
	 * district before one only in its city), so the causes told of what is left are
	 * right. Returns, for each gold record, the index of its proposal or -1.
	 */
	static <P> int[] pair(List<JsonNode> gold, List<P> proposals, BiPredicate<JsonNode, P> matches,
			ToIntBiFunction<JsonNode, P> closeness) {
		int n = gold.size();
		int m = proposals.size();
		int[] pairOf = new int[n];
		Arrays.fill(pairOf, -1);
		if (n == 0 || m == 0) {
			return pairOf;
		}
		// a match is worth more than any sum of closeness, so the most matches win first
		long[][] weight = new long[n][m];
		long worth = 1;
		for (int g = 0; g < n; g++) {
			for (int p = 0; p < m; p++) {
				if (matches.test(gold.get(g), proposals.get(p))) {
					weight[g][p] = 1 + Math.max(0, closeness.applyAsInt(gold.get(g), proposals.get(p)));
					worth = Math.max(worth, weight[g][p]);
				}
			}
		}
		long match = worth * (Math.min(n, m) + 1);
		for (long[] row : weight) {
			for (int p = 0; p < m; p++) {
				row[p] = row[p] == 0 ? 0 : match + row[p];
			}
		}
		boolean transposed = n > m;
		int rows = transposed ? m : n;
		int cols = transposed ? n : m;
		long[][] cost = new long[rows][cols];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				cost[r][c] = -(transposed ? weight[c][r] : weight[r][c]);
			}
		}
		int[] colOfRow = assign(cost);
		for (int r = 0; r < rows; r++) {
			int g = transposed ? colOfRow[r] : r;
			int p = transposed ? r : colOfRow[r];
			if (weight[g][p] > 0) {
				pairOf[g] = p;
			}
		}
		return pairOf;
	}

	/**
	 * The assignment of least cost of each row to its own column (Hungarian method, rows
	 * no more than columns).
	 */
	private static int[] assign(long[][] cost) {
		int rows = cost.length;
		int cols = cost[0].length;
		long[] u = new long[rows + 1];
		long[] v = new long[cols + 1];
		int[] rowOf = new int[cols + 1];
		int[] way = new int[cols + 1];
		for (int i = 1; i <= rows; i++) {
			rowOf[0] = i;
			int j0 = 0;
			long[] min = new long[cols + 1];
			Arrays.fill(min, Long.MAX_VALUE);
			boolean[] used = new boolean[cols + 1];
			do {
				used[j0] = true;
				int i0 = rowOf[j0];
				long delta = Long.MAX_VALUE;
				int j1 = 0;
				for (int j = 1; j <= cols; j++) {
					if (!used[j]) {
						long cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
						if (cur < min[j]) {
							min[j] = cur;
							way[j] = j0;
						}
						if (min[j] < delta) {
							delta = min[j];
							j1 = j;
						}
					}
				}
				for (int j = 0; j <= cols; j++) {
					if (used[j]) {
						u[rowOf[j]] += delta;
						v[j] -= delta;
					}
					else {
						min[j] -= delta;
					}
				}
				j0 = j1;
			}
			while (rowOf[j0] != 0);
			do {
				int j1 = way[j0];
				rowOf[j0] = rowOf[j1];
				j0 = j1;
			}
			while (j0 != 0);
		}
		int[] colOfRow = new int[rows];
		for (int j = 1; j <= cols; j++) {
			if (rowOf[j] != 0) {
				colOfRow[rowOf[j] - 1] = j - 1;
			}
		}
		return colOfRow;
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

	private static boolean overlaps(DateRange a, DateRange b) {
		return a.isKnown() && b.isKnown() && !a.from().isAfter(b.to()) && !b.from().isAfter(a.to());
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && PlaceNames.normalize(a).equals(PlaceNames.normalize(b));
	}

	private static String describe(JsonNode g) {
		String where = String.join("/",
				Stream.of("street", "district", "city", "region", "country")
					.map(f -> g.path(f).asString(null))
					.filter(v -> v != null)
					.toList());
		return g.path("type").asString() + " " + g.path("date").asString("?") + " " + where;
	}

	private static String describe(ProposedIncident p) {
		ExtractedPlace place = p.place();
		String where = String.join("/",
				Stream.of(place.street(), place.district(), place.city(), place.region(), place.country())
					.filter(v -> v != null)
					.toList());
		return p.type().token() + " " + p.date().compact() + " " + where + " (" + place.precision().token() + ")";
	}

	private static String describeStatistic(JsonNode g) {
		return g.path("metric").asString() + " " + g.path("value").asString() + " " + g.path("place").asString() + " "
				+ g.path("period").asString();
	}

	private static String describe(ProposedStatistic s) {
		return s.metric().token() + " " + s.value().toPlainString() + " " + s.place() + " " + s.period().compact();
	}

	private static String passage(ProposedIncident p) {
		return p.evidence().isEmpty() ? "" : "\"" + shorten(p.evidence().get(0).text()) + "\"";
	}

	private static String passage(ProposedStatistic s) {
		return s.evidence().isEmpty() ? "" : "\"" + shorten(s.evidence().get(0).text()) + "\"";
	}

	private static String shorten(String text) {
		String t = text.replaceAll("\\s+", " ").strip();
		return t.length() <= 100 ? t : t.substring(0, 97) + "...";
	}

	// --- the report ---

	/** The figures as the command prints them, without the listing of each finding. */
	public static String report(Result r) {
		return report(r, false);
	}

	/**
	 * The figures as the command prints them; verbose lists every finding first, by
	 * article.
	 */
	public static String report(Result r, boolean verbose) {
		StringBuilder b = new StringBuilder();
		if (verbose) {
			for (Finding f : r.findings()) {
				b.append(String.format(Locale.ROOT, "  %s %-9s %-10s %-30s %s — %s%n", f.article(),
						f.statistic() ? "statistic" : "incident", f.kind().label(), f.cause().label(), f.what(),
						f.detail()));
			}
			b.append('\n');
		}
		b.append(String.format(Locale.ROOT, "articles: %d (%s)%n", r.articles(), r.part().label()));
		line(b, "incidents", r.incidents());
		r.incidentsByLanguage().forEach((language, s) -> line(b, "  " + language.token(), s));
		r.incidentsByType().forEach((type, s) -> line(b, "  " + type, s));
		line(b, "statistics", r.statistics());
		r.statisticsByLanguage().forEach((language, s) -> line(b, "  " + language.token(), s));
		causes(b, "incidents missed", r.causes(false, Kind.MISSED));
		causes(b, "incidents spurious", r.causes(false, Kind.SPURIOUS));
		causes(b, "incidents matched", r.causes(false, Kind.MATCHED));
		causes(b, "statistics missed", r.causes(true, Kind.MISSED));
		causes(b, "statistics spurious", r.causes(true, Kind.SPURIOUS));
		return b.toString();
	}

	private static void line(StringBuilder b, String what, Score s) {
		b.append(String.format(Locale.ROOT,
				"%-14s  precision %.3f  recall %.3f  F1 %.3f  (matched %d, spurious %d, missed %d)%n", what,
				s.precision(), s.recall(), s.f1(), s.matched(), s.spurious(), s.missed()));
	}

	private static void causes(StringBuilder b, String what, Map<Cause, Integer> counts) {
		if (counts.isEmpty()) {
			return;
		}
		Map<Cause, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Cause, Integer>comparingByValue().reversed())
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		b.append(what).append(" by cause:\n");
		sorted.forEach((cause, n) -> b.append(String.format(Locale.ROOT, "  %-44s %4d%n", cause.label(), n)));
	}

}
