package org.incidentatlas.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the counts of one filter rest on, in words a reader can quote: how many reviewed
 * articles report on its places and dates, and, for each figure a source reported there
 * that says more than the atlas records, the sentence "the atlas records 3 of the 92
 * shootings reported for Brussels in 2024".
 *
 * @param articles reviewed articles with a record (incident or reported figure) in the
 * filter's places and dates; every reviewed article when the filter names neither
 * @param restricted whether the filter names a place or dates, so {@code articles} counts
 * those only
 * @param sentence {@code articles} in words, in the reader's language
 * @param gaps reported figures that exceed what the atlas records for the same place,
 * period and kind
 */
public record FilterCoverage(long articles, boolean restricted, String sentence, List<Gap> gaps) {

	/**
	 * @param statisticId the reported figure ({@code reported_statistic.id})
	 * @param metric the figure's metric token: shootings, killed, ...
	 * @param reported the figure as the source gave it
	 * @param qualifier how the source qualified it: exact, over, about, at_least
	 * @param recorded what the atlas records for the same place, period and kind:
	 * incidents of the metric's types dated wholly inside the period, or the people they
	 * report killed or injured
	 * @param sentence the comparison in the reader's language
	 */
	public record Gap(long statisticId, String place, String period, String metric, BigDecimal reported,
			String qualifier, long recorded, String sentence) {
	}

}
