package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.incidentatlas.statistic.Metric;
import org.incidentatlas.time.DateRange;

/**
 * The statistics stage: tallies ("62 shootings in 2023"), tonnages and "of which" figures, with
 * the place and period they are reported for. One per reading; it carries the last tally from
 * sentence to sentence.
 */
final class StatisticsStage {

	private final Document doc;

	private final Map<String, StatDraft> statistics = new LinkedHashMap<>();

	private StatDraft lastTonnage;

	private int lastTonnageSentence = -10;

	private StatDraft lastCount;

	private int lastCountSentence = -10;

	StatisticsStage(Document doc) {
		this.doc = doc;
	}

	/**
	 * Reads the tallies of a sentence.
	 * @return true when the sentence holds a tally, kept or not: it then reports no seizure
	 */
	boolean read(int index) {
		int tallies = statistics.size();
		boolean counted = readStatistics(index);
		return statistics.size() != tallies || counted;
	}

	/** The statistics of the article: tonnages and arrests only from a story about drugs. */
	List<ProposedStatistic> result() {
		return statistics.values().stream()
			.filter(s -> doc.relevantStories.contains(s.story) || s.figure.metric() != Metric.COCAINE_SEIZED_TONNES
					&& s.figure.metric() != Metric.ARRESTS)
			.map(StatDraft::toStatistic)
			.toList();
	}

	private boolean readStatistics(int index) {
		Sentences.Sentence s = doc.sentence(index);
		List<Dates.Mention> dates = doc.datesBySentence.get(index);
		List<Places.Mention> named = doc.placesBySentence.get(index);
		String sentence = s.text();
		List<Statistics.Figure> counts = Statistics.counts(sentence, s.lower());
		boolean tally = !counts.isEmpty() && Statistics.TALLY_CUE.in(sentence);
		StatDraft previousInSentence = null;
		for (Statistics.Figure f : counts) {
			boolean attached = previousInSentence != null
					&& (f.ofWhich() || f.metric() == Metric.KILLED || f.metric() == Metric.INJURED);
			if (!attached && !tally && f.value().intValue() < 10) {
				continue;
			}
			Dates.Mention date = Mentions.nearestDate(dates, f.start(), f.ofWhich());
			DateRange period = date != null ? date.range()
					: attached ? previousInSentence.period
					: lastCount != null && index - lastCountSentence <= 1 ? lastCount.period : null;
			Where where = attached && !f.ofWhich() ? previousInSentence.where
					: attached ? previousInSentence.where : statisticPlace(index, s, named, f.start(), f.end());
			if (where == null && lastCount != null && index - lastCountSentence <= 1) {
				where = lastCount.where;
			}
			if (period == null || where == null) {
				continue;
			}
			previousInSentence = addStatistic(s, f, where, period);
			lastCount = previousInSentence;
			lastCountSentence = index;
		}
		boolean seizureContext = index - lastTonnageSentence <= 1;
		for (Statistics.Figure f : Statistics.tonnages(sentence, s.lower(), seizureContext)) {
			Dates.Mention date = Mentions.nearestDate(dates, f.start(), false);
			DateRange period = date != null ? date.range() : lastTonnage != null && seizureContext ? lastTonnage.period : null;
			Where where = tonnagePlace(s, named, f);
			if (period == null || where == null) {
				continue;
			}
			lastTonnage = addStatistic(s, f, where, period);
			lastTonnageSentence = index;
		}
		return !counts.isEmpty();
	}

	private StatDraft addStatistic(Sentences.Sentence s, Statistics.Figure f, Where where, DateRange period) {
		String key = where.name + "|" + f.metric() + "|" + period.compact() + "|" + f.value().toPlainString();
		StatDraft draft = statistics.get(key);
		if (draft == null) {
			draft = new StatDraft(where, period, f, s.story());
			statistics.put(key, draft);
		}
		Evidence e = Document.evidence(s);
		if (draft.evidence.stream().noneMatch(x -> x.start() == e.start())) {
			draft.evidence.add(e);
		}
		return draft;
	}

	/** The place of a tally: the nearest place in the sentence, else the paragraph's. */
	private Where statisticPlace(int index, Sentences.Sentence s, List<Places.Mention> named, int from, int to) {
		Places.Mention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Places.Mention m : named) {
			int start = m.start() - s.start();
			int end = m.end() - s.start();
			int distance = end <= from ? from - end : Math.max(0, start - to);
			if (m.role() == Places.Role.LOCATIVE && distance < bestDistance) {
				best = m;
				bestDistance = distance;
			}
		}
		if (best != null) {
			return where(best);
		}
		Places.Mention paragraph = doc.paragraphPlace(index);
		return paragraph == null ? null : where(paragraph);
	}

	/** "123 tonnes – 116 tonnes in Antwerp alone – followed by Spain (118 tonnes)": the place just before, or just after "in". */
	private Where tonnagePlace(Sentences.Sentence s, List<Places.Mention> named, Statistics.Figure f) {
		Places.Mention after = null;
		Places.Mention before = null;
		for (Places.Mention m : named) {
			int start = m.start() - s.start();
			int end = m.end() - s.start();
			String gap = start >= f.end() ? s.text().substring(f.end(), start) : "";
			if (start >= f.end() && gap.matches("(?iu)\\s*(?:of cocaine\\s+|cocaïne\\s+|de cocaïne\\s+)?(?:in|à|en)\\s+(?:the\\s+|de\\s+|la\\s+)?")) {
				after = m;
			}
			if (end <= f.start()) {
				String between = s.text().substring(end, f.start());
				if (!between.matches(".*\\d\\s*(?:metric\\s+)?(?:tonnes|tons|ton|tonnen).*")) {
					before = m;
				}
			}
		}
		Places.Mention chosen = after != null ? after : before;
		return chosen == null ? null : where(chosen);
	}

	private static Where where(Places.Mention m) {
		if (m.place() != null) {
			return new Where(m.place().displayName(), m.place().countryCode(), m.place().key());
		}
		return new Where(m.abroad().name(), m.abroad().country(), null);
	}

	private record Where(String name, String country, String key) {
	}

	/** A statistic being built. */
	private static final class StatDraft {

		final Where where;

		final DateRange period;

		final Statistics.Figure figure;

		final int story;

		final List<Evidence> evidence = new ArrayList<>();

		StatDraft(Where where, DateRange period, Statistics.Figure figure, int story) {
			this.where = where;
			this.period = period;
			this.figure = figure;
			this.story = story;
		}

		ProposedStatistic toStatistic() {
			return new ProposedStatistic(where.name, where.country, where.key, period, figure.metric(), figure.value(),
					figure.qualifier(), evidence);
		}

	}

}
