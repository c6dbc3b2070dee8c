package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.incidentatlas.incident.IncidentType;

/**
 * The words that signal events, per language: triggers for each incident and enforcement
 * type, and the cues that cancel them (negation, hypotheticals, plots, court language).
 */
final class Lexicon {

	/** What a trigger says about the victims. */
	enum Outcome {
		KILLED, INJURED, NONE
	}

	/** A trigger phrase, matched at word starts on lower-cased text; {@code order} is its place in its list. */
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

	/** Anywhere before a trigger in the sentence: "accused of murder" reports a charge, not an event. */
	final Scan courtLanguage;

	/** Before a trigger: "a series of", "a wave of": many events, none in particular. */
	final Scan generic;

	/** After a noun trigger: "grenade attacks", "bomb attacks": a plural, so no single event. */
	final Scan pluralAfter;

	/** A death that came from a shooting aimed elsewhere: the event is the shooting. */
	final Scan collateral;

	/** A counted plural of attacks or targets: "two grenade attacks", "drie woningen"; group 1 the number, group 2 the noun. */
	Scan enumeration;

	/** The type each attack noun of {@link #enumeration} stands for, by the noun's start; a target noun ("homes") takes the sentence's trigger. */
	final Map<String, IncidentType> enumeratedTypes = new java.util.LinkedHashMap<>();

	/** Attacks that did not happen: "foiled", "verijdeld", "déjoué". */
	static final Scan FOILED = Scan.of("(?iu)\\b(?:foiled|thwarted|prevented|verijdel\\w*|voorkomen|déjouée?s?|empêchée?s?)\\b");

	/** Before a trigger: it names an event already told ("after the shooting", "na de schietpartij"). */
	static final Scan BACK_REFERENCE = Scan.of("(?iu)\\b(?:after|following|since|before|na|sinds|voor|après|depuis|avant|suite à|à la suite de)\\s+(?:the|this|that|de|die|deze|het|la|le|l['’]|cette|ce)\\s*$");

	/** A device that did not go off: what was an explosion is a threat. */
	Scan unexploded;

	/** Signs that a story is about drugs or organised crime. */
	static final Scan DRUG_LINK = Scan.of(
			"cocaine|cocaïne|\\bcoke\\b|\\bdrug|drugs|narco|cartel|kartel|cannabis|heroin|heroïne|héroïne|drogue|stupéfiant"
					+ "|mocro|\\bcrack\\b|\\bxtc\\b|ecstasy|amfetamine|amphétamine|trafficking|trafiquant|narcotrafic|\\bgangs?\\b|\\bbendes?\\b"
					+ "|kingpin|drugsbaron|baron de la drogue|règlements? de comptes?|afrekening|onderwereld|underworld|milieu criminel|crime organisé|organised crime|organized crime"
					+ "|liquidat|criminal|crimine|criminel|mafia|maffia|kalash|kalasj|kalach|settling of (?:accounts|scores)|point de deal|dealer|deal spot|drugsgeweld|narcoterror");

	/** A sentence that denies the link: "no indication of a link with the drug milieu". */
	static final Scan DENIED_LINK = Scan.of("(?iu)\\b(?:no|not|none|geen|niet|pas|aucun|aucune|rien|nothing|nog niets)\\b");

	/** Things that are seized in our domain, to tell a drug seizure from seized assets. */
	static final Scan SEIZED_GOODS = Scan.of(
			"(?iu)cocaine|cocaïne|drug|drogue|cannabis|heroin|héroïne|heroïne|weapon|wapen|arme|gun|firearm|pistol|handgun|kalashnikov"
					+ "|cash|money|geld|argent|tonnes?|\\bkg\\b|kilo|ton\\b|tonnen|explosi|grenade|granaat|xtc|pills|pillen");

	private static final Map<Language, Lexicon> LEXICONS = new EnumMap<>(Language.class);

	static {
		LEXICONS.put(Language.EN, english());
		LEXICONS.put(Language.NL, dutch());
		LEXICONS.put(Language.FR, french());
	}

	private Lexicon(List<Trigger> violence, List<Trigger> enforcement, String negationOrModal, String plot,
			String courtLanguage, String generic, String pluralAfter, String collateral) {
		this.violence = new Triggers(violence);
		this.enforcement = new Triggers(enforcement);
		this.negationOrModal = compile(negationOrModal);
		this.plot = compile(plot);
		this.courtLanguage = compile(courtLanguage);
		this.generic = compile(generic);
		this.pluralAfter = compile(pluralAfter);
		this.collateral = compile(collateral);
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

	private void enumerations(String nouns, Object... types) {
		this.enumeration = compile("(?<![\\p{L}\\d])(" + Numbers.PATTERN + ")\\s+(?:[\\p{L}-]+\\s+){0,2}?(" + nouns + ")(?![\\p{L}])");
		for (int i = 0; i < types.length; i += 2) {
			enumeratedTypes.put((String) types[i], (IncidentType) types[i + 1]);
		}
	}

	static Lexicon of(Language language) {
		return LEXICONS.get(language);
	}

	private static Scan compile(String regex) {
		return Scan.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	private static final class Builder {

		final List<Trigger> triggers = new ArrayList<>();

		Builder add(IncidentType type, Outcome outcome, String... regexes) {
			for (String regex : regexes) {
				// matched on lower-cased text, without case folding, and led by its words so the
				// regex engine can skip ahead; the word boundary before is checked by the caller
				triggers.add(new Trigger(Scan.of(regex + "(?![\\p{L}])"), type, outcome, triggers.size()));
			}
			return this;
		}

	}

	private static Lexicon english() {
		Builder v = new Builder()
			.add(IncidentType.SHOOTING, Outcome.KILLED, "shot dead", "shot and killed", "gunned down", "fatal shooting",
					"fatally shot", "killed in a shooting", "died (?:of|from) (?:his |her |their )?gunshot wounds")
			.add(IncidentType.ASSAULT, Outcome.KILLED, "stabbed to death", "beaten to death")
			.add(IncidentType.HOMICIDE, Outcome.KILLED, "tortured to death", "murdered", "burned to death", "strangled",
					"(?:was|were|been|being|is|are) killed", "found dead", "(?:dismembered|lifeless|charred|mutilated|dead) body",
					"body of .{1,60}? (?:was|were|has been) (?:found|discovered)", "the murder of", "a murder",
					"(?:was|were) assassinated", "the assassination of", "liquidated", "the killing of", "liquidation", "a liquidation")
			.add(IncidentType.SHOOTING, Outcome.NONE, "shots? (?:was|were|had been|have been) fired", "shots fired",
					"fired (?:several |multiple |a number of )?shots", "opened fire", "gunshots?", "gunfire",
					"(?:was|were|had been) shot at", "shot at", "a shooting", "shooting", "came under fire", "(?:was|were) fired (?:at|on)", "the shooting", "shooting incident",
					"fired (?:at|on)", "machine-gun fire", "hail of bullets", "bullet holes", "crossfire", "drive-by")
			.add(IncidentType.SHOOTING, Outcome.INJURED, "(?:was|were|had been) shot(?! dead| and killed| at)",
					"wounded by (?:gunfire|a bullet|bullets)", "shot in the (?:leg|arm|head|chest|back|stomach|calf|knee)", "hit by a (?:stray )?bullet", "shot through the \\w+")
			.add(IncidentType.EXPLOSION, Outcome.NONE, "an explosion", "the explosion", "explosion", "exploded", "blast",
					"a grenade", "grenade", "explosive device", "explosives? (?:went off|detonated)", "bomb (?:attack|went off|exploded)",
					"a bomb", "detonated", "blew up", "stun grenade", "grenade attack", "explosive", "(?:heavy )?fireworks? (?:bomb|attack)s?", "cobra")
			.add(IncidentType.KIDNAPPING, Outcome.NONE, "kidnapped", "abducted", "kidnapping of", "abduction of",
					"a kidnapping", "(?:was|were) taken hostage", "held hostage")
			.add(IncidentType.ASSAULT, Outcome.INJURED, "stabbed(?! to death)", "beaten(?! to death)(?! with a)", "tortured(?! to death)",
					"mutilated", "assaulted", "attacked with", "cut off", "severed", "slashed", "maimed", "acid attack",
					"beaten (?:up|with)")
			.add(IncidentType.ARSON, Outcome.NONE, "set (?:on )?fire", "set alight", "arson", "torched", "firebomb(?:ed)?",
					"petrol bomb", "molotov", "set ablaze", "firebomb", "incendiary (?:device|bomb)", "(?:was|were) set on fire", "burnt out", "burned out")
			.add(IncidentType.THREAT, Outcome.NONE, "threatened", "death threats?", "threatening letter", "intimidated",
					"(?:plot|plots|plotting|plotted|planning|planned|conspiring|conspired) to (?:kidnap|abduct|kill|murder|attack|assassinate|bomb|shoot)\\w*");
		Builder e = new Builder()
			.add(IncidentType.ARREST, Outcome.NONE, "arrested", "detained", "apprehended", "taken into custody", "the arrest of", "raided")
			.add(IncidentType.SEIZURE, Outcome.NONE, "seized", "confiscated", "intercepted", "the seizure of", "a seizure of")
			.add(IncidentType.TRIAL, Outcome.NONE, "trials? (?:\\S+ ){0,12}?(?:kicked off|began|opened|started|got under way)",
					"went on trial", "stood trial")
			.add(IncidentType.CONVICTION, Outcome.NONE, "sentenced", "convicted", "jailed", "life sentence", "found guilty")
			.add(IncidentType.EXTRADITION, Outcome.NONE, "extradited", "the extradition of");
		Lexicon lexicon = new Lexicon(v.triggers, e.triggers,
				"\\b(?:controlled|no|not|never|nobody|no one|can|could|would|might|(?-i:may)|should|will|risk|risks|fear|fears|feared|if|whether"
						+ "|easily|order|ordering|to prevent|prevent|threat of|danger of|possible|possibly|avoid)\\s+(?:\\S+\\s+){0,2}$|\\bto\\s+$",
				"\\b(?:plot|plots|plotting|plotted|plan|plans|planned|planning|conspir\\w*|wanted to|intended to|intending to|preparing to|preparation of|preparations for|threatened to|threatening to)\\b(?:\\s+\\S+){0,3}\\s*$",
				"\\b(?:accused of|charged with|convicted (?:of|for)|jailed (?:\\S+ ){0,4}for|sentenced (?:\\S+ ){0,10}for|suspected of|guilty of|trial for|on trial|for ordering|involvement in|acts of|attempts? at|attempted|the preparation of|responsible for|behind)\\b",
				"\\b(?:series of|wave of|string of|spate of|number of|dozens of|hundreds of|several|numerous|many|multiple|some)\\s+(?:\\S+\\s+){0,2}$",
				"^\\s*(?:attacks|attempts|incidents|explosions|threats|killings)\\b",
				"crossfire|caught in|stray bullet|shot at|shooting between|exchange of fire|gunfight|shoot-?out");
		lexicon.unexploded = compile("did not (?:explode|go off)|failed to (?:explode|go off)|unexploded|defused|made safe"
				+ "|(?:found|discovered) (?:\\S+ ){0,4}(?:grenade|explosive)|(?:grenade|explosive device) (?:\\S+ ){0,4}(?:was|were) (?:found|discovered)");
		lexicon.enumerations("shootings|explosions|blasts|grenade attacks|grenades|explosive devices|bomb attacks|bombs|arson attacks|fires"
				+ "|incidents|attacks|homes|houses|properties|buildings|flats|cars|vehicles|businesses|shops",
				"shooting", IncidentType.SHOOTING, "explosion", IncidentType.EXPLOSION, "blast", IncidentType.EXPLOSION,
				"grenade", IncidentType.EXPLOSION, "explosive", IncidentType.EXPLOSION, "bomb", IncidentType.EXPLOSION,
				"arson", IncidentType.ARSON, "fire", IncidentType.ARSON);
		return lexicon;
	}

	private static Lexicon dutch() {
		Builder v = new Builder()
			.add(IncidentType.SHOOTING, Outcome.KILLED, "doodgeschoten", "dodelijke schietpartij", "(?:gedood|omgekomen) bij een schietpartij")
			.add(IncidentType.ASSAULT, Outcome.KILLED, "doodgestoken", "doodgeslagen")
			.add(IncidentType.HOMICIDE, Outcome.KILLED, "gemarteld tot de dood", "vermoord", "om het leven (?:gebracht|gekomen)",
					"gedood", "geliquideerd", "liquidatie", "moord op", "dubbele moord",
					"dood aangetroffen", "(?:levenloos|levenloze|dode|verminkte) lichaam", "lichaam (?:\\S+ ){0,8}(?:gevonden|aangetroffen)")
			.add(IncidentType.SHOOTING, Outcome.NONE, "schietpartij", "schietincident", "schoten (?:gelost|afgevuurd)",
					"(?:werd|is|werden|zijn) beschoten", "beschoten", "geschoten op", "kogelinslagen", "vuurgevecht",
					"(?:er )?(?:werd|werden|is) (?:\\S+ ){0,3}geschoten", "schoten", "kogelregen", "kogelgaten",
					"loste (?:\\S+ ){0,6}(?:kogels|schoten)", "geschoten", "beschieting", "onder vuur genomen")
			.add(IncidentType.SHOOTING, Outcome.INJURED, "neergeschoten", "door (?:een|de) (?:verdwaalde )?kogels? (?:geraakt|getroffen)", "in (?:het|zijn|haar) (?:been|arm|hoofd|buik|borst|rug) geschoten")
			.add(IncidentType.EXPLOSION, Outcome.NONE, "explosie", "ontploffing", "ontplofte", "ontploft", "(?:hand)?granaat",
					"explosief", "explosieven", "bomaanslag", "springtuig", "plofkraak", "tot ontploffing gebracht", "ontploften",
					"granaataanslag", "aanslag met (?:een )?(?:granaat|explosief|explosieven|vuurwerk|zwaar vuurwerk)",
					"vuurwerkbom", "(?:een )?(?:cobra|cobra's)", "knal", "ontploffen")
			.add(IncidentType.KIDNAPPING, Outcome.NONE, "ontvoerd", "ontvoering", "gekidnapt", "ontvoerden", "gegijzeld", "gijzeling")
			.add(IncidentType.ASSAULT, Outcome.INJURED, "mishandeld", "gemarteld", "gefolterd", "neergestoken", "aangevallen",
					"verminkt", "in elkaar geslagen", "toegetakeld", "(?<!brand )(?<!brand werd )gestoken", "afgesneden")
			.add(IncidentType.ARSON, Outcome.NONE, "brandstichting", "in brand gestoken", "brand gesticht", "molotovcocktail",
					"brandbom", "in brand gezet", "in brand (?:werd |werden |is |zijn )?gestoken", "uitgebrand", "in vlammen opgegaan", "brand (?:\\S+ ){0,3}aangestoken")
			.add(IncidentType.THREAT, Outcome.NONE, "bedreigd", "doodsbedreigingen", "doodsbedreiging", "dreigbrief", "geïntimideerd",
					"(?:beraamden|beraamde|plannen|planden|wilden|wilde|plan om) (?:om )?(?:\\S+ ){0,8}?te (?:ontvoeren|vermoorden|doden|liquideren|kidnappen)");
		Builder e = new Builder()
			.add(IncidentType.ARREST, Outcome.NONE, "gearresteerd", "opgepakt", "aangehouden", "de arrestatie van", "in de boeien geslagen", "invallen")
			.add(IncidentType.SEIZURE, Outcome.NONE, "in beslag genomen", "inbeslagname", "onderschept", "de vangst van")
			.add(IncidentType.TRIAL, Outcome.NONE, "proces (?:\\S+ ){0,8}?(?:begon|start|gestart|van start)", "megaproces", "stond terecht", "staat terecht", "staan terecht")
			.add(IncidentType.CONVICTION, Outcome.NONE, "veroordeeld", "celstraf", "schuldig bevonden", "levenslang")
			.add(IncidentType.EXTRADITION, Outcome.NONE, "uitgeleverd", "de uitlevering van");
		Lexicon lexicon = new Lexicon(v.triggers, e.triggers,
				"\\b(?:gecontroleerde|geen|niet|nooit|niemand|kan|kunnen|zou|zouden|moet|moeten|dreigt|dreigen|als|indien|mogelijk|mogelijke|eventuele|voorkomen|vrees|angst)\\s+(?:\\S+\\s+){0,2}$",
				"\\b(?:beraamd\\w*|plannen|plande|plan om|van plan|wilden|wilde|complot|samenzwering|voorbereiding van|dreigden|dreigde)\\b(?:\\s+\\S+){0,7}\\s*$",
				"\\b(?:verdacht van|beschuldigd van|veroordeeld (?:\\S+ ){0,8}voor|aangeklaagd|schuldig aan|vervolgd voor|betrokkenheid bij|poging tot|pogingen tot|opdracht tot|opdrachtgever)\\b",
				"\\b(?:reeks|golf|aantal|tientallen|honderden|verschillende|meerdere|talrijke|heel wat)\\s+(?:\\S+\\s+){0,2}$",
				"^(?:en|s)\\b",
				"kruisvuur|verdwaalde kogel|beschoten|schietpartij tussen|vuurgevecht");
		lexicon.unexploded = compile("niet[- ]ontplofte?|niet (?:\\S+ ){0,3}ontploft|onontplofte?|mislukte|onschadelijk gemaakt|intacte"
				+ "|(?:granaat|explosief|springtuig) (?:\\S+ ){0,8}(?:gevonden|aangetroffen)|(?:gevonden|aangetroffen) (?:\\S+ ){0,3}(?:granaat|explosief)");
		lexicon.enumerations("schietpartijen|schietincidenten|beschietingen|explosies|ontploffingen|explosieven|springtuigen|granaataanslagen|granaten|aanslagen|vuurwerkbommen|brandstichtingen|branden"
				+ "|incidenten|feiten|aanvallen|woningen|huizen|panden|gebouwen|auto's|wagens|voertuigen|zaken|winkels|bedrijven",
				"schiet", IncidentType.SHOOTING, "beschieting", IncidentType.SHOOTING, "explosie", IncidentType.EXPLOSION,
				"ontploffing", IncidentType.EXPLOSION, "springtuig", IncidentType.EXPLOSION, "granat", IncidentType.EXPLOSION, "granaat", IncidentType.EXPLOSION,
				"aanslag", IncidentType.EXPLOSION, "vuurwerk", IncidentType.EXPLOSION, "brand", IncidentType.ARSON);
		return lexicon;
	}

	private static Lexicon french() {
		Builder v = new Builder()
			.add(IncidentType.SHOOTING, Outcome.KILLED, "abattue?s? (?:par balles?|de (?:plusieurs|\\S+) balles?)", "tuée?s? par balles?", "mortellement (?:touchée?|blessée?) par balles?", "abattue?s?")
			.add(IncidentType.ASSAULT, Outcome.KILLED, "poignardée? à mort", "battue? à mort", "tabassée? à mort")
			.add(IncidentType.HOMICIDE, Outcome.KILLED, "torturée? à mort", "tuée?s?", "assassinée?s?", "assassinat", "meurtre",
					"retrouvée? morte?", "(?:corps|cadavre) (?:sans vie|démembré|calciné|mutilé)",
					"mortellement (?:blessée?|touchée?)", "homicide", "liquidée?", "liquidation")
			.add(IncidentType.SHOOTING, Outcome.NONE, "fusillade", "coups? de feu", "(?:a|ont|avait|avaient) tiré", "des tirs",
					"échange de tirs", "impacts? de balles?", "mitraillée?s?", "tirs? d['’]armes? à feu", 
					"tirée?s? sur", "(?:a|ont) fait feu", "ciblée? par des tirs", "visée? par des tirs", "coups? de kalachnikov", "criblée? de balles", "tirs")
			.add(IncidentType.SHOOTING, Outcome.INJURED, "blessée? par balles?", "touchée? par (?:une |des )?balles?", "par balles", "blessée? (?:\\S+ ){0,2}par (?:un |des )?tirs?")
			.add(IncidentType.EXPLOSION, Outcome.NONE, "explosion", "grenade", "engin explosif", "a explosé", "explosifs?",
					"attentat à la bombe", "déflagration", "grenade", "pétards?", "engins? explosifs?", "a explosé", "ont explosé", "détonation")
			.add(IncidentType.KIDNAPPING, Outcome.NONE, "enlèvement", "enlevée?s?", "kidnappée?s?", "kidnapping", "séquestrée?s?",
					"rapt", "prise? en otage")
			.add(IncidentType.ASSAULT, Outcome.INJURED, "torturée?s?", "agressée?s?", "poignardée?s?", "passée? à tabac",
					"mutilée?s?", "rouée? de coups", "tabassée?s?")
			.add(IncidentType.ARSON, Outcome.NONE, "incendie criminel", "incendiée?s?", "incendie volontaire", "mis le feu",
					"cocktails? molotov", "bombe incendiaire", "incendie (?:de (?:voiture|véhicule)|criminel|volontaire)", "incendiée?s?", "partie?s? en fumée", "incendie")
			.add(IncidentType.THREAT, Outcome.NONE, "menacée?s? de mort", "menaces de mort", "menacée?s?", "intimidée?s?",
					"(?:projetaient|projetait|projet|complot|voulaient|voulait|prévoyaient|préparaient) (?:\\S+ ){0,4}?(?:d['’])?(?:enlever|tuer|assassiner|kidnapper|abattre)");
		Builder e = new Builder()
			.add(IncidentType.ARREST, Outcome.NONE, "arrêtée?s?", "interpellée?s?", "appréhendée?s?", "l['’]arrestation de", "perquisitions?")
			.add(IncidentType.SEIZURE, Outcome.NONE, "saisie?s?", "la saisie de", "interceptée?s?", "confisquée?s?")
			.add(IncidentType.TRIAL, Outcome.NONE, "procès (?:\\S+ ){0,8}?(?:s['’]est ouvert|a débuté|a commencé|s['’]ouvre)", "méga-procès", "mégaprocès")
			.add(IncidentType.CONVICTION, Outcome.NONE, "condamnée?s?", "reconnue? coupable")
			.add(IncidentType.EXTRADITION, Outcome.NONE, "extradée?s?", "l['’]extradition de");
		Lexicon lexicon = new Lexicon(v.triggers, e.triggers,
				"\\b(?:pas|aucun|aucune|jamais|(?<!une )(?<!la )(?<!cette )personne|ni|peut|peuvent|pourrait|pourraient|risque|risquent|si|éviter|empêcher|d['’]éventuels|éventuel|éventuelle|crainte|peur)\\s+(?:\\S+\\s+){0,2}$",
				"\\b(?:projet|projetaient|projetait|complot|comploté|voulaient|voulait|prévoyaient|préparaient|préparation|planifi\\w*|menaçaient de|menacé de)\\b(?:\\s+\\S+){0,4}\\s*$",
				"\\b(?:accusée? d['’e]|soupçonnée? d['’e]|inculpée? (?:de|d['’]|pour)|condamnée? (?:\\S+ ){0,8}pour|poursuivie? pour|coupable d['’e]|tentatives? d['’e]|responsable d['’e]|commanditaire)",
				"\\b(?:série de|vague de|nombre de|dizaines de|centaines de|plusieurs|nombreux|nombreuses|multiples)\\s+(?:\\S+\\s+){0,2}$",
				"^s\\b",
				"balle perdue|échange de tirs|fusillade entre|pris(?:e)? dans");
		lexicon.unexploded = compile("n['’]a pas explosé|n['’]ont pas explosé|non explosée?s?|désamorcée?s?|intacte"
				+ "|(?:grenade|engin explosif) (?:\\S+ ){0,6}(?:retrouvée?|découverte?)|(?:retrouvé|découvert) (?:\\S+ ){0,3}(?:grenade|engin)");
		lexicon.enumerations("fusillades|explosions|grenades|engins explosifs|attentats|incendies"
				+ "|incidents|attaques|faits|maisons|habitations|immeubles|voitures|véhicules|commerces|façades",
				"fusillade", IncidentType.SHOOTING, "explosion", IncidentType.EXPLOSION, "grenade", IncidentType.EXPLOSION,
				"engin", IncidentType.EXPLOSION, "attentat", IncidentType.EXPLOSION, "incendie", IncidentType.ARSON);
		return lexicon;
	}

}
