package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.incidentatlas.place.PlaceCatalog;
import org.incidentatlas.time.DateRange;

/**
 * Reads an article and proposes what it reports. Thread-safe and free of I/O: build one
 * per gazetteer and share it.
 * <p>
 * The reading is a pipeline of stages, each testable on its own: {@link Sentences}
 * (paragraphs, sentences, story breaks) → {@link Mentions} (dates, places, triggers and
 * casualties of each sentence) → {@link Events} (triggers attached to their arguments,
 * across sentences where the text continues the event) → {@link Proposals} (one proposal
 * per event) → {@link Scope} (in the countries and the subject of the atlas). Tallies go
 * through {@link StatisticsStage}.
 */
public final class Extractor {

	/**
	 * Text beyond this is not read: the ingestion limit is 2 MB, and this keeps any
	 * caller safe.
	 */
	static final int MAX_TEXT = 4_000_000;

	private final Places places;

	private final Mentions mentions;

	private final Proposals proposals;

	private final Scope scope;

	private final Coding coding;

	private final StatisticRules statisticRules;

	private final EventRules eventRules;

	private final DateRules dateRules;

	private final CasualtyRules casualtyRules;

	/**
	 * An extractor without rules: it reads tonnages but no tallies, and proposes no
	 * events. {@code reading.ExtractionRuleFiles} builds one with the rules shipped in
	 * the jar.
	 * @param countries ISO codes of the countries in scope (BE, NL); events elsewhere are
	 * dropped
	 */
	public Extractor(PlaceCatalog places, Set<String> countries) {
		this(places, countries, ExtractionRules.NONE);
	}

	/**
	 * @param countries ISO codes of the countries in scope (BE, NL); events elsewhere are
	 * dropped
	 * @param rules the rule files of every language, parsed
	 */
	public Extractor(PlaceCatalog places, Set<String> countries, ExtractionRules rules) {
		this.coding = rules.coding();
		this.dateRules = rules.dates();
		this.casualtyRules = rules.casualties();
		this.statisticRules = rules.statistics();
		this.eventRules = rules.events();
		this.places = new Places(places, rules.places());
		this.mentions = new Mentions(this.places, rules.sentences());
		this.proposals = new Proposals(this.places);
		this.scope = new Scope(Set.copyOf(countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()));
	}

	/**
	 * @param published when the article appeared, as precisely as known; relative dates
	 * resolve against it
	 * @param language the article's language, or null to detect it
	 */
	public Extraction extract(String text, DateRange published, Language language) {
		return extract(text, published, language, () -> false);
	}

	/**
	 * The same, for a caller that may stop waiting (a deadline, a client that has gone).
	 * @param cancelled asked between sentences; once true, the reading stops with a
	 * {@link CancellationException}
	 */
	public Extraction extract(String text, DateRange published, Language language, BooleanSupplier cancelled) {
		String t = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		DateRange pub = published == null ? DateRange.unknown() : published;
		Language lang = language != null ? language : LanguageDetector.detect(t);
		Document doc = mentions.read(t, pub, lang, eventRules.lexicon(lang), dateRules.dates(lang),
				casualtyRules.casualties(lang), cancelled);
		Events events = new Events(doc, proposals);
		StatisticsStage statistics = new StatisticsStage(doc, statisticRules);
		for (int i = 0; i < doc.size(); i++) {
			stopIfCancelled(cancelled);
			events.readViolence(i);
			if (!statistics.read(i)) {
				events.readEnforcement(i); // "seizures hit a record of 419 tonnes" is a
											// tally, not a seizure
			}
		}
		List<ProposedIncident> proposed = new ArrayList<>();
		for (Draft d : proposals.merge(events.incidents, pub)) {
			if (!d.place.isKnown()) {
				d.place = events.storyPlace(d); // "Shots were fired overnight." in a
												// story
												// about Deurne
			}
			if (!d.date.isKnown()) {
				d.date = pub; // a report that gives no date tells of something that just
								// happened
			}
			if (scope.keepsIncident(doc, d)) {
				ProposedIncident incident = d.toIncident();
				proposed.add(incident.coded(coding.read(incident.evidenceText(), lang, incident.type())));
			}
		}
		List<ProposedEnforcement> enforced = new ArrayList<>();
		for (Draft d : proposals.merge(events.enforcement)) {
			if (scope.keepsEnforcement(doc, d)) {
				enforced.add(d.toEnforcement());
			}
		}
		return new Extraction(lang, proposed, enforced, statistics.result());
	}

	static void stopIfCancelled(BooleanSupplier cancelled) {
		if (cancelled.getAsBoolean()) {
			throw new CancellationException("The extraction was cancelled");
		}
	}

}
