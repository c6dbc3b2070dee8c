package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.incidentatlas.place.Place;
import org.incidentatlas.place.PlaceCatalog;
import org.incidentatlas.place.PlaceKind;
import org.incidentatlas.place.PlaceNames;
import org.incidentatlas.place.PlacePath;

/**
 * Finds places in text: every gazetteer name and alias in any language, a short list of
 * places abroad (so that events there can be recognised and left out), and street names.
 */
final class Places {

	/**
	 * A place named in a sentence. Exactly one of {@code place} and {@code abroad} is
	 * set.
	 */
	record Mention(int start, int end, Place place, Abroad abroad, Role role, boolean adjective) {

		Mention(int start, int end, Place place, Abroad abroad, Role role) {
			this(start, end, place, abroad, role, false);
		}

		String country() {
			return place != null ? place.countryCode() : abroad.country();
		}

	}

	/**
	 * How the sentence uses the place: where something happened, where someone came from,
	 * where something was going.
	 */
	enum Role {

		LOCATIVE, ORIGIN, DESTINATION

	}

	/** A place outside the gazetteer: a country, a continent, a foreign city. */
	record Abroad(String name, String country) {
	}

	/** A street the text names, like "the Osystraat". */
	record Street(int start, int end, String name, boolean near) {
	}

	private static final int LONGEST_NAME = 6;

	/**
	 * Gazetteer names that are also everyday words; they count only right after "in",
	 * "te", "à" and the like.
	 */
	private static final Set<String> EVERYDAY_WORDS = Set.of("as", "ans", "born", "grave", "ham", "hal", "lo", "mere",
			"peer", "silly", "spa", "boom", "lint", "mol", "orp", "rode", "leek", "lens", "lille", "essen", "herne",
			"bree", "niel", "olen", "malle", "hove", "elst", "ede", "doorn", "halle", "rance", "retie", "forest",
			"best", "mill", "zele", "ohey", "heers", "scry", "frise", "lede", "geer", "joure");

	private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "te", "nabij", "bij", "op", "a", "à", "en",
			"dans", "près", "pres", "outside", "buiten", "to", "naar", "inside");

	/**
	 * The last word of a longer name ("Antwerp district") that, followed by "of", names a
	 * kind of place: "the Antwerp district of Deurne" is Deurne in Antwerp.
	 */
	private static final Set<String> KIND_NOUNS = Set.of("district", "province", "region", "commune", "municipality");

	private static final Scan DESTINATION = Scan
		.of("(?i)(?:bound (?:to|for)|headed (?:to|for)|destined (?:to|for)|on (?:its|their) way to|op weg naar|bestemd voor|à destination de|en route (?:to|for|vers|pour))\\s+(?:the\\s+)?\\S*$");

	private static final Scan STREET_NL = Scan
		.of("\\b((?:[A-Z][\\p{L}'-]*\\s)?[A-Z][\\p{L}'-]*?(?:straat|laan|lei|plein|plaats|steenweg|dreef|kaai|kade|markt|singel|gracht|dijk|vest|baan|steeg|weg|dam|pad|wal|park))\\b");

	private static final Scan STREET_EN = Scan
		.of("\\b((?:[A-Z][\\p{L}'-]+\\s){1,2}(?:Street|Road|Avenue|Square|Lane|Boulevard))\\b");

	private static final Scan STREET_FR = Scan
		.of("(?<![\\p{L}])((?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]haussée|[Pp]lace|[Qq]uai|[Dd]rève)\\s+(?:de\\s+la\\s+|de\\s+l['’]|des\\s+|du\\s+|de\\s+|d['’])?[A-Z][\\p{L}'-]+(?:[\\s-][A-Z][\\p{L}'-]+)*)");

	private static final Scan NEAR = Scan
		.of("(?i)(?:near|close to|nabij|vlakbij|dichtbij|bij|près de|à proximité de|aux abords de)\\s*(?:the\\s+|de\\s+|du\\s+|la\\s+)?,?\\s*$");

	private final Map<String, List<Place>> byName = new HashMap<>();

	private final Map<String, Abroad> abroad = new HashMap<>();

	private final PlaceCatalog catalog;

	private final Map<String, Place> byKey = new HashMap<>();

	private final Map<String, Place> countries = new HashMap<>();

	private final PlaceRules rules;

	/** By language: a normalised adjective ("antwerpse", "anversoise") → its places. */
	private final Map<Language, Map<String, List<Place>>> adjectives = new java.util.EnumMap<>(Language.class);

	Places(PlaceCatalog catalog) {
		this(catalog, PlaceRules.NONE);
	}

	Places(PlaceCatalog catalog, PlaceRules rules) {
		this.catalog = catalog;
		this.rules = rules;
		for (Place p : catalog.places()) {
			byKey.put(p.key(), p);
			if (p.kind() == PlaceKind.COUNTRY) {
				countries.put(p.countryCode(), p);
			}
		}
		for (PlaceCatalog.PlaceName name : catalog.names()) {
			List<Place> places = byName.computeIfAbsent(PlaceNames.normalize(name.name()), k -> new ArrayList<>());
			if (!places.contains(name.place())) {
				places.add(name.place());
			}
		}
		for (Language language : Language.values()) {
			adjectives.put(language, adjectives(rules.of(language)));
		}
		String[][] world = { { "Europe", null, "Europa", "l'Europe" }, { "Spain", "ES", "Spanje", "Espagne" },
				{ "France", "FR", "Frankrijk" }, { "Germany", "DE", "Duitsland", "Allemagne" },
				{ "United Kingdom", "GB", "UK", "Britain", "Great Britain", "England", "Verenigd Koninkrijk",
						"Royaume-Uni", "London", "Londen", "Londres" },
				{ "Italy", "IT", "Italië", "Italie" }, { "Morocco", "MA", "Marokko", "Maroc" },
				{ "Colombia", "CO", "Colombie" }, { "Ecuador", "EC", "Équateur", "Equateur" }, { "Panama", "PA" },
				{ "Paraguay", "PY", "Asuncion", "Asunción" }, { "Brazil", "BR", "Brazilië", "Brésil" },
				{ "Venezuela", "VE" }, { "Peru", "PE", "Pérou" }, { "Mexico", "MX", "Mexique" },
				{ "United States", "US", "US", "USA", "America", "Verenigde Staten", "États-Unis", "Etats-Unis" },
				{ "United Arab Emirates", "AE", "Dubai", "Dubaï", "UAE", "Verenigde Arabische Emiraten",
						"Émirats arabes unis" },
				{ "Sierra Leone", "SL" }, { "Albania", "AL", "Albanië", "Albanie" },
				{ "Serbia", "RS", "Servië", "Serbie" }, { "Turkey", "TR", "Turkije", "Turquie" }, { "Suriname", "SR" },
				{ "Curaçao", "CW" }, { "Caribbean", null, "Caribisch gebied", "Caraïbes" },
				{ "Luxembourg", "LU", "Luxemburg" }, { "Sweden", "SE", "Zweden", "Suède" },
				{ "Ireland", "IE", "Ierland", "Irlande" }, { "Portugal", "PT" },
				{ "Hungary", "HU", "Hongarije", "Hongrie", "Budapest" },
				{ "Russia", "RU", "Rusland", "Russie", "Moscow" }, { "Ukraine", "UA", "Oekraïne", "Kyiv", "Kiev" },
				{ "Israel", "IL", "Israël" }, { "Lille", "FR", "Rijsel" }, { "Paris", "FR", "Parijs" },
				{ "Marseille", "FR" }, { "Cologne", "DE", "Keulen", "Köln" },
				{ "Aachen", "DE", "Aken", "Aix-la-Chapelle" }, { "Düsseldorf", "DE" }, { "Hamburg", "DE", "Hambourg" },
				{ "Marbella", "ES" }, { "Madrid", "ES" }, { "Thailand", "TH" },
				{ "Algeria", "DZ", "Algerije", "Algérie" }, { "Tunisia", "TN", "Tunesië", "Tunisie" } };
		for (String[] entry : world) {
			Abroad place = new Abroad(entry[0], entry[1]);
			abroad.put(PlaceNames.normalize(entry[0]), place);
			for (int i = 2; i < entry.length; i++) {
				abroad.put(PlaceNames.normalize(entry[i]), place);
			}
		}
	}

	/**
	 * The adjectives of one language: those its rules list, and those its suffixes make
	 * of the official and Dutch name of every city, district and province ("Rotterdam" +
	 * "se"; "Antwerpen" less "en" + "se"). Names that are everyday words make none.
	 */
	private Map<String, List<Place>> adjectives(PlaceRules.Rules language) {
		Map<String, List<Place>> forms = new HashMap<>();
		for (Place p : catalog.places()) {
			if (!p.kind().isLocal() && p.kind() != PlaceKind.PROVINCE) {
				continue;
			}
			for (String name : new String[] { p.name(), p.nameNl() }) {
				String n = name == null ? "" : PlaceNames.normalize(name);
				if (n.length() < 4 || n.contains(" ") || EVERYDAY_WORDS.contains(n)) {
					continue;
				}
				for (String suffix : language.suffixes) {
					List<String> stems = new ArrayList<>(List.of(n));
					if (n.endsWith("en")) {
						stems.add(n.substring(0, n.length() - 2));
					}
					else if (n.endsWith("e")) {
						stems.add(n.substring(0, n.length() - 1));
					}
					for (String stem : stems) {
						String form = stem + suffix;
						if (!byName.containsKey(form)) {
							List<Place> places = forms.computeIfAbsent(form, k -> new ArrayList<>());
							if (!places.contains(p)) {
								places.add(p);
							}
						}
					}
				}
			}
		}
		language.demonyms.forEach((form, key) -> {
			Place p = byKey.get(key);
			if (p == null) {
				throw new IllegalArgumentException("no gazetteer place " + key + " for the adjective " + form);
			}
			forms.put(form, List.of(p));
		});
		return forms;
	}

	Place byKey(String key) {
		return key == null ? null : byKey.get(key);
	}

	/**
	 * The gazetteer's entry for a country, or null when the gazetteer does not hold it.
	 */
	Place country(String code) {
		return countries.get(code);
	}

	/**
	 * Country, region, city and district of a place, as the gazetteer's hierarchy has
	 * them.
	 */
	PlacePath path(Place place) {
		return catalog.path(place);
	}

	/** The place, its parent, and so on up to its country. */
	List<Place> lineage(Place place) {
		return catalog.lineage(place);
	}

	boolean contains(Place outer, Place inner) {
		return catalog.lineage(inner).contains(outer);
	}

	/**
	 * Every place named in {@code text[start, end)}.
	 * @param preferredCountry where the article has been so far, to choose between two
	 * places of one name
	 */
	List<Mention> find(String text, int start, int end, String preferredCountry) {
		return find(text, start, end, preferredCountry, null);
	}

	/**
	 * The same, with the rules of the text's language: origin words, province words and
	 * adjectives.
	 */
	List<Mention> find(String text, int start, int end, String preferredCountry, Language language) {
		PlaceRules.Rules cues = rules.of(language);
		Map<String, List<Place>> adjectiveForms = language == null ? Map.of() : adjectives.get(language);
		List<int[]> tokens = tokens(text, start, end);
		List<String> normalized = new ArrayList<>(tokens.size());
		for (int[] t : tokens) {
			normalized.add(normalizeToken(text.substring(t[0], t[1])));
		}
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			boolean upper = Character.isUpperCase(text.charAt(tokens.get(i)[0]));
			int named = mentions.size();
			for (int n = upper ? Math.min(LONGEST_NAME, tokens.size() - i) : 0; n >= 1; n--) {
				String key = join(normalized, i, n);
				List<Place> places = byName.get(key);
				Abroad foreign = abroad.get(key);
				if (places == null && foreign == null) {
					continue;
				}
				if (n > 1 && KIND_NOUNS.contains(normalized.get(i + n - 1)) && i + n < tokens.size()
						&& normalized.get(i + n).equals("of")) {
					continue; // "the Antwerp district of Deurne": Antwerp, then Deurne
				}
				String before = i > 0 ? normalized.get(i - 1) : "";
				if (n == 1 && EVERYDAY_WORDS.contains(key) && !LOCATIVES.contains(before) && foreign == null) {
					break;
				}
				int s = tokens.get(i)[0];
				int e = tokens.get(i + n - 1)[1];
				Role role = role(text, start, s, cues);
				if (foreign != null && (places == null || EVERYDAY_WORDS.contains(key))) {
					mentions.add(new Mention(s, e, null, foreign, role));
				}
				else {
					String lead = text.substring(Math.max(start, s - 40), s);
					mentions.add(new Mention(s, e,
							choose(cues.isProvince(lead) ? provinces(places) : places, preferredCountry), null, role));
				}
				i += n - 1;
				break;
			}
			// a name first: "Haagse Beemden" is a part of Breda, not The Hague
			List<Place> described = mentions.size() > named ? null : adjectiveForms.get(normalized.get(i));
			if (described != null && upper == cues.upperCaseDemonyms) {
				int s = tokens.get(i)[0];
				Role role = role(text, start, s, cues);
				mentions.add(new Mention(s, tokens.get(i)[1], choose(described, preferredCountry), null, role, true));
			}
		}
		return mentions;
	}

	/**
	 * A town the gazetteer does not hold, named after a preposition of place ("in
	 * Waarloos", "à Jemeppe"): the first capitalised word after one that is no gazetteer
	 * name, no place abroad, no street and none of the language's words that name no
	 * place; null when there is none.
	 */
	/**
	 * Whether the name at {@code nameStart} is the seat of a prosecutor's office ("het OM
	 * Rotterdam"), by the words before it in its sentence.
	 */
	boolean isSeat(String text, int sentenceStart, int nameStart, Language language) {
		return rules.of(language).isSeat(text.substring(Math.max(sentenceStart, nameStart - 40), nameStart));
	}

	String locality(String text, int start, int end, Language language) {
		PlaceRules.Rules cues = rules.of(language);
		if (cues.locality == null) {
			return null;
		}
		java.util.regex.Matcher m = cues.locality.matcher(text).region(start, end);
		while (m.find()) {
			String word = m.group(1);
			String key = PlaceNames.normalize(word);
			if (word.length() >= 4 && !byName.containsKey(key) && !abroad.containsKey(key)
					&& !cues.notPlaces.contains(key) && !STREET_NL.in(word) && !isAdjective(word)) {
				return word;
			}
		}
		return null;
	}

	/** Streets named in {@code text[start, end)}, in text order. */
	List<Street> streets(String text, int start, int end) {
		List<Street> streets = new ArrayList<>();
		String sentence = text.substring(start, end);
		for (Scan pattern : new Scan[] { STREET_NL, STREET_EN, STREET_FR }) {
			Scan.Matches m = pattern.matches(sentence);
			while (m.next()) {
				String name = m.group(1).strip();
				int space = name.indexOf(' ');
				if (space > 0 && isAdjective(name.substring(0, space))) {
					name = name.substring(space + 1); // "de Antwerpse Kerkstraat": the
														// Kerkstraat
				}
				if (byName.containsKey(PlaceNames.normalize(name)) || name.length() < 5) {
					continue;
				}
				String lead = sentence.substring(Math.max(0, m.start(1) - 25), m.start(1));
				streets.add(new Street(start + m.start(1), start + m.end(1), name, NEAR.in(lead)));
			}
		}
		streets.sort(Comparator.comparingInt(Street::start));
		return streets;
	}

	private boolean isAdjective(String word) {
		String form = PlaceNames.normalize(word);
		for (Map<String, List<Place>> forms : adjectives.values()) {
			if (forms.containsKey(form)) {
				return true;
			}
		}
		return false;
	}

	private static Role role(String text, int sentenceStart, int nameStart, PlaceRules.Rules cues) {
		String lead = text.substring(Math.max(sentenceStart, nameStart - 40), nameStart);
		if (cues.isOrigin(lead)) {
			return Role.ORIGIN;
		}
		return DESTINATION.in(lead) ? Role.DESTINATION : Role.LOCATIVE;
	}

	/** "La province d'Anvers": of the places of one name, the provinces, if any. */
	private static List<Place> provinces(List<Place> places) {
		List<Place> provinces = places.stream().filter(p -> p.kind() == PlaceKind.PROVINCE).toList();
		return provinces.isEmpty() ? places : provinces;
	}

	/**
	 * Of several places with one name: a city over a province, one in the article's
	 * country, then the most populous.
	 */
	private static Place choose(List<Place> places, String preferredCountry) {
		Place best = null;
		for (Place p : places) {
			if (best == null || rank(p, preferredCountry) > rank(best, preferredCountry)) {
				best = p;
			}
		}
		return best;
	}

	private static long rank(Place p, String preferredCountry) {
		long rank = p.kind().isLocal() ? 4_000_000_000L : 0;
		rank += p.countryCode().equals(preferredCountry) ? 2_000_000_000L : 0;
		return rank + (p.population() == null ? 0 : p.population());
	}

	private static String join(List<String> tokens, int from, int count) {
		if (count == 1) {
			return tokens.get(from);
		}
		StringBuilder b = new StringBuilder(tokens.get(from));
		for (int k = 1; k < count; k++) {
			b.append(' ').append(tokens.get(from + k));
		}
		return b.toString();
	}

	static List<int[]> tokens(String text, int start, int end) {
		List<int[]> tokens = new ArrayList<>();
		int i = start;
		while (i < end) {
			while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			int s = i;
			while (i < end && (Character.isLetterOrDigit(text.charAt(i))
					|| Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
				i++;
			}
			if (i > s) {
				tokens.add(new int[] { s, i });
			}
		}
		return tokens;
	}

	private static String normalizeToken(String token) {
		for (int k = 0; k < token.length(); k++) {
			if (token.charAt(k) > 127) {
				return PlaceNames.normalize(token);
			}
		}
		return token.toLowerCase(Locale.ROOT);
	}

	static boolean isLocal(Place p) {
		return p.kind().isLocal();
	}

}
