package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.incidentatlas.incident.IncidentType;

/**
 * The words that signal events in one language, read from its rule file: triggers for
 * each incident and enforcement type, the cues that cancel or change them (negation,
 * hypotheticals, plots, court language, plurals, devices that did not go off), and the
 * nouns that an explicit count turns into several incidents. The signs shared by the
 * three languages live here.
 */
final class Lexicon {

	/** What a trigger says about the victims. */
	enum Outcome {

		KILLED, INJURED, NONE

	}

	/**
	 * A trigger phrase, matched at word starts on lower-cased text; {@code order} is its
	 * place in its list.
	 */
	record Trigger(Scan scan, IncidentType type, Outcome outcome, int order) {
	}

	/** A list of triggers, indexed by the first character they can start with. */
	static final class Triggers {

		private static final int INDEXED = 0x250;

		private final List<Trigger> all;

		private final Trigger[][] byFirst = new Trigger[INDEXED][];

		Triggers(List<Trigger> triggers) {
			this.all = List.copyOf(triggers);
			for (char c = 0; c < INDEXED; c++) {
				char first = c;
				byFirst[c] = all.stream().filter(t -> t.scan().mayStartWith(first)).toArray(Trigger[]::new);
			}
		}

		/** The triggers that may start with {@code c}, in list order. */
		List<Trigger> startingWith(char c) {
			return c < INDEXED ? java.util.Arrays.asList(byFirst[c]) : all;
		}

		int size() {
			return all.size();
		}

	}

	final Triggers violence;

	final Triggers enforcement;

	/** Looked for just before a trigger: "no shots were fired", "could be kidnapped". */
	final Scan negationOrModal;

	/** Before a trigger: "plotting to kidnap" is a threat, not a kidnapping. */
	final Scan plot;

	/**
	 * Anywhere before a trigger in the sentence: "accused of murder" reports a charge,
	 * not an event.
	 */
	final Scan courtLanguage;

	/** Before a trigger: "a series of", "a wave of": many events, none in particular. */
	final Scan generic;

	/**
	 * Anywhere in the sentence: "almost daily", "elke week", "chaque semaine": a habit,
	 * not an event, unless the sentence names the day.
	 */
	final Scan habit;

	/**
	 * After a noun trigger: "grenade attacks", "bomb attacks": a plural, so no single
	 * event.
	 */
	final Scan pluralAfter;

	/** A death that came from a shooting aimed elsewhere: the event is the shooting. */
	final Scan collateral;

	/**
	 * A counted plural of attacks or targets, on lower-cased text: "two grenade attacks",
	 * "drie woningen"; group 1 the number, group 2 the noun.
	 */
	final Scan enumeration;

	/**
	 * The type each attack noun of {@link #enumeration} stands for, by the noun's start;
	 * a target noun ("homes") takes the sentence's trigger.
	 */
	final Map<String, IncidentType> enumeratedTypes = new java.util.LinkedHashMap<>();

	/**
	 * A link to another article: "LEES MEER: ...", "Read more: ...". Its words are not
	 * this story's.
	 */
	static final Scan TEASER = Scan
		.of("(?iu)^\\W*(?:lees (?:meer|ook|verder)|read (?:more|also)|see also|zie ook|lire (?:aussi|la suite)|à lire aussi|a lire aussi)\\s*:");

	/** Attacks that did not happen: "foiled", "verijdeld", "déjoué". */
	static final Scan FOILED = Scan
		.of("(?iu)\\b(?:foiled|thwarted|prevented|verijdel\\w*|voorkomen|déjouée?s?|empêchée?s?)\\b");

	/**
	 * Before a trigger: it names an event already told ("after the shooting", "na de
	 * schietpartij").
	 */
	static final Scan BACK_REFERENCE = Scan
		.of("(?iu)\\b(?:after|following|since|before|na|sinds|voor|après|depuis|avant|suite à|à la suite de)\\s+(?:the|this|that|de|die|deze|het|la|le|l['’]|cette|ce)\\s*$");

	/**
	 * Just before a trigger: the investigation into an event ("the investigation into the
	 * kidnapping", "het onderzoek naar de ontvoering", "l'enquête sur l'enlèvement"): an
	 * event told elsewhere in the story, never a new one.
	 */
	static final Scan INQUIRY = Scan
		.of("(?iu)\\b(?:investigation|inquiry|enquiry|probe|onderzoek|speurwerk|enquête|instruction)\\s+(?:into|of|on|naar|over|sur|concernant|relative à)\\s+(?:the|this|that|de|die|deze|het|la|le|les|l['’]|cette|ce)\\s*$");

	/** A device that did not go off: what was an explosion is a threat. */
	final Scan unexploded;

	/**
	 * A gun attack on a building or a car: "a house was shot at", "kogelgaten in de
	 * gevel", "une façade criblée de balles".
	 */
	final Scan property;

	/**
	 * Just before a trigger: a definite or demonstrative noun phrase ("the blast", "die
	 * schietpartij", "cette fusillade") that points back to an event told before.
	 */
	final Scan definite;

	/**
	 * Just before a trigger: "another", "a second", "opnieuw een", "une nouvelle": a new
	 * event of a kind told before, never the one told before.
	 */
	final Scan another;

	/**
	 * A single attack named by a generic noun, whose kind the story says elsewhere: "the
	 * attack", "de aanslag", "l'attaque".
	 */
	final Scan attack;

	/**
	 * Likeness to the event told before: "a similar attack", "hetzelfde gebeurde", "le
	 * même sort": a new event of its kind.
	 */
	final Scan similar;

	/**
	 * The same attack goes on: "then", "vervolgens", "ensuite". A trigger of another kind
	 * after it is a second event of that attack.
	 */
	final Scan sequel;

	/**
	 * Murders told as a group with one member's method ("three murders, including a
	 * reporter who was shot dead"): the group's kind, a homicide.
	 */
	final Scan members;

	/**
	 * A story that denies its violence a link to the underworld: "none of these killings
	 * was a settling of scores", "geen afrekeningen in de onderwereld".
	 */
	final Scan denied;

	/**
	 * A story that puts its attacks down to other quarrels: "blasts now used in family
	 * disputes and business rivalries". Its explosions are no longer the underworld's
	 * signature.
	 */
	final Scan otherMotives;

	/**
	 * A killing in the home or by a partner ("femicide", "partnerdoding", "violences
	 * conjugales"): anywhere in its sentence, it cancels the sentence's violence, which
	 * is no underworld violence.
	 */
	final Scan domestic;

	/** Signs that a story is about drugs or organised crime. */
	static final Scan DRUG_LINK = Scan
		.of("cocaine|cocaïne|\\bcoke\\b|\\bdrug|drugs|narco|cartel|kartel|cannabis|heroin|heroïne|héroïne|drogue|stupéfiant"
				+ "|mocro|\\bcrack\\b|\\bxtc\\b|ecstasy|amfetamine|amphétamine|trafficking|trafiquant|narcotrafic|\\bgangs?\\b|\\bbendes?\\b"
				+ "|kingpin|drugsbaron|baron de la drogue|règlements? de comptes?|afrekening|onderwereld|underworld|milieu criminel|crime organisé|organised crime|organized crime"
				+ "|liquidat|criminal|crimine|criminel|mafia|maffia|kalash|kalasj|kalach|settling of (?:accounts|scores)|point de deal|dealer|deal spot|drugsgeweld|narcoterror");

	/**
	 * A sentence that denies the link: "no indication of a link with the drug milieu";
	 * "no one was hurt" denies nothing, and neither does a link not ruled out
	 * ({@link #NOT_RULED_OUT}).
	 */
	static final Scan DENIED_LINK = Scan
		.of("(?iu)\\b(?:no|not|none|geen|niet|pas|aucun|aucune|rien|nothing|nog niets)\\b(?!\\s*-?\\s*one\\b)");

	/**
	 * A negation that keeps the link open: "police do not rule out a drug motive", "de
	 * politie sluit een afrekening niet uit", "la police n'exclut pas un règlement de
	 * comptes".
	 */
	static final Scan NOT_RULED_OUT = Scan
		.of("(?iu)(?:\\bnot|\\bcannot|n't)\\s+(?:\\S+\\s+){0,2}?rul(?:e|ed|ing)\\s+out\\b"
				+ "|\\bniet\\s+(?:\\S+\\s+){0,2}?uit(?:gesloten|\\s+te\\s+sluiten)?\\b"
				+ "|\\bn['’](?:exclu\\w*|écart\\w*)\\s+pas\\b|\\bpas\\s+(?:\\S+\\s+){0,2}?(?:exclu\\w*|écart\\w*)");

	/**
	 * Things that are seized in our domain, to tell a drug seizure from seized assets.
	 */
	static final Scan SEIZED_GOODS = Scan
		.of("(?iu)cocaine|cocaïne|drug|drogue|cannabis|heroin|héroïne|heroïne|weapon|wapen|arme|gun|firearm|pistol|handgun|kalashnikov"
				+ "|cash|money|geld|argent|tonnes?|\\bkg\\b|kilo|ton\\b|tonnen|explosi|grenade|granaat|xtc|pills|pillen");

	/** A lexicon that finds nothing: for a language without rules. */
	static final Lexicon EMPTY = parse("");

	/** A rule's own example, which {@code RuleExamplesTest} reads with the rule. */
	record Example(String block, String text) {
	}

	final List<Example> examples;

	private Lexicon(List<Trigger> violence, List<Trigger> enforcement, Map<String, String> cues, String nouns,
			Map<String, IncidentType> enumeratedTypes, List<Example> examples) {
		this.violence = new Triggers(violence);
		this.enforcement = new Triggers(enforcement);
		this.negationOrModal = cue(cues, "negation");
		this.plot = cue(cues, "plot");
		this.courtLanguage = cue(cues, "court");
		this.generic = cue(cues, "generic");
		this.habit = cue(cues, "habit");
		this.pluralAfter = cue(cues, "plural-after");
		this.collateral = cue(cues, "collateral");
		this.unexploded = cue(cues, "unexploded");
		this.property = cue(cues, "property");
		this.definite = cue(cues, "definite");
		this.another = cue(cues, "another");
		this.attack = cue(cues, "attack");
		this.similar = cue(cues, "similar");
		this.sequel = cue(cues, "sequel");
		this.members = cue(cues, "members");
		this.denied = cue(cues, "denied");
		this.otherMotives = cue(cues, "motives");
		this.domestic = cue(cues, "domestic");
		// matched on lower-cased text without case folding: case-insensitive matching of
		// the number words is slow
		// a year is no count: "on 3 March 2025 two grenades exploded" counts two
		this.enumeration = Scan
			.of("(?<![\\p{L}\\d])(?!(?:19|20)\\d{2}(?![\\d.,]))(" + Numbers.PATTERN + ")\\s+(?:(?!(?:" + Numbers.PATTERN
					+ ")\\s)[\\p{L}-]+\\s+){0,2}?(" + (nouns.isEmpty() ? "(?!)" : nouns) + ")(?![\\p{L}])");
		this.enumeratedTypes.putAll(enumeratedTypes);
		this.examples = List.copyOf(examples);
	}

	private static Scan cue(Map<String, String> cues, String name) {
		String regex = cues.get(name);
		return compile(regex == null ? "(?!)" : regex);
	}

	/**
	 * Reads the rules of one language ({@code extraction/<language>/events.txt}): blocks
	 * headed {@code [violence TYPE OUTCOME]}, {@code [enforcement TYPE]},
	 * {@code [cue NAME]} or {@code [enumeration]}, each with one {@code example:} line
	 * and then its regexes, one a line. Several lines of one cue are alternatives.
	 */
	static Lexicon parse(String text) {
		List<Trigger> violence = new ArrayList<>();
		List<Trigger> enforcement = new ArrayList<>();
		Map<String, String> cues = new java.util.LinkedHashMap<>();
		Map<String, IncidentType> types = new java.util.LinkedHashMap<>();
		List<Example> examples = new ArrayList<>();
		String nouns = "";
		for (RuleFile.Line rule : RuleFile.lines(text)) {
			String line = rule.text();
			String[] block = rule.block().split("\\s+");
			if (line.startsWith("example:")) {
				examples.add(new Example(String.join(" ", block), line.substring("example:".length()).strip()));
				continue;
			}
			switch (block[0]) {
				case "violence", "enforcement" -> {
					String[] head = block;
					IncidentType type = IncidentType.fromToken(head[1])
						.orElseThrow(
								() -> new IllegalArgumentException("unknown type in [" + String.join(" ", head) + "]"));
					Outcome outcome = block.length > 2 ? Outcome.valueOf(block[2].toUpperCase(java.util.Locale.ROOT))
							: Outcome.NONE;
					List<Trigger> list = block[0].equals("violence") ? violence : enforcement;
					// matched on lower-cased text, without case folding, and led by its
					// words so the
					// regex engine can skip ahead; the word boundary before is checked by
					// the caller
					list.add(new Trigger(Scan.of(line + "(?![\\p{L}])"), type, outcome, list.size()));
				}
				case "cue" -> cues.merge(block[1], line, (a, b) -> a + "|" + b);
				case "enumeration" -> {
					if (line.startsWith("nouns:")) {
						nouns = line.substring("nouns:".length()).strip();
					}
					else if (line.startsWith("type ")) {
						String[] parts = line.split("\\s+");
						types.put(parts[1], IncidentType.fromToken(parts[2]).orElseThrow());
					}
				}
				default -> throw rule.error("unknown block [" + block[0] + "]");
			}
		}
		return new Lexicon(violence, enforcement, cues, nouns, types, examples);
	}

	/** The type of a counted noun, or null for a target noun. */
	IncidentType enumeratedType(String noun) {
		String n = noun.toLowerCase(java.util.Locale.ROOT);
		for (Map.Entry<String, IncidentType> e : enumeratedTypes.entrySet()) {
			if (n.startsWith(e.getKey())) {
				return e.getValue();
			}
		}
		return null;
	}

	private static Scan compile(String regex) {
		return Scan.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

}
