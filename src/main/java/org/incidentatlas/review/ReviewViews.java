package org.incidentatlas.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.incidentatlas.time.DateRange;

/** What the review pages and the review API show: records, never entities. */
public final class ReviewViews {

	private ReviewViews() {
	}

	/** An article in the queue or in search results. */
	public record ArticleEntry(long id, String title, String publisher, String url, DateRange published,
			String language, String submittedBy, Instant createdAt, int pending, int proposals) {
	}

	/** An article with its text and every proposal made from it. */
	public record ArticleReview(long id, String title, String publisher, String url, DateRange published,
			String language, String submittedBy, Instant createdAt, String text, List<ProposalView> proposals) {

		public long pending() {
			return proposals.stream().filter(p -> p.status() == ProposalStatus.PENDING).count();
		}

		/**
		 * The whole text cut into pieces, each marked when some proposal's evidence
		 * covers it.
		 */
		public List<Segment> highlighted() {
			List<Marked> spans = new ArrayList<>();
			for (ProposalView p : proposals) {
				p.evidence().forEach(e -> spans.add(new Marked(e.start(), e.end(), p.number())));
			}
			return segments(text == null ? "" : text, spans);
		}

	}

	/**
	 * A proposal as extracted, the editor's corrections, and the values they give
	 * together.
	 *
	 * @param proposed what was extracted, as stored
	 * @param corrected the fields the editor changed, with their new values
	 * @param effective what was extracted with the corrections over it
	 * @param number its place among the article's proposals, from 1
	 * @param willMergeInto the incident a plain accept adds the article to, when there is
	 * exactly one strong duplicate
	 */
	public record ProposalView(long id, int number, ProposalKind kind, ProposalStatus status, Proposed proposed,
			Map<String, String> corrected, @JsonIgnore ProposalValues effective, List<EvidenceView> evidence,
			List<Suggestion> suggestions, Long willMergeInto, Long incidentId, Long statisticId, String decidedBy,
			Instant decidedAt, String reason) {

		/** A value for a form field: the current value as text, blank when absent. */
		public String value(String field) {
			String text = effective.text(field);
			return text == null ? "" : text;
		}

		/**
		 * The values as the API shows them: every property of the proposal, with the
		 * corrections over it.
		 */
		@JsonProperty
		public Map<String, Object> values() {
			return effective.merged();
		}

		public boolean isPending() {
			return status == ProposalStatus.PENDING;
		}

	}

	/**
	 * A supporting passage: its offsets, its text, and the text around it with the
	 * passage marked.
	 */
	public record EvidenceView(int start, int end, String text, List<Segment> excerpt) {
	}

	/**
	 * A piece of article text; {@code proposals} names the proposals whose evidence
	 * covers it.
	 */
	public record Segment(String text, boolean marked, String proposals) {
	}

	/**
	 * How the extractor's proposals fared in review.
	 *
	 * @param acceptedAsIs accepted as a new incident or statistic without any correction
	 * @param corrected accepted after the editor corrected at least one field
	 * @param merged added as a source of an existing incident or statistic
	 * @param correctedFields how often each field was corrected, over every decision
	 */
	public record Quality(long proposals, long pending, long acceptedAsIs, long corrected, long merged, long rejected,
			Map<String, Long> correctedFields) {
	}

	record Marked(int start, int end, int number) {
	}

	/** Cuts the text at every span boundary; spans outside the text are clipped. */
	static List<Segment> segments(String text, List<Marked> spans) {
		int length = text.length();
		List<Marked> valid = spans.stream()
			.map(s -> new Marked(Math.max(0, Math.min(s.start(), length)), Math.max(0, Math.min(s.end(), length)),
					s.number()))
			.filter(s -> s.end() > s.start())
			.toList();
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
		valid.forEach(s -> {
			cuts.add(s.start());
			cuts.add(s.end());
		});
		List<Segment> segments = new ArrayList<>();
		Integer previous = null;
		for (int cut : cuts) {
			if (previous != null && cut > previous) {
				int from = previous;
				int to = cut;
				TreeSet<Integer> covering = new TreeSet<>();
				valid.stream().filter(s -> s.start() <= from && s.end() >= to).forEach(s -> covering.add(s.number()));
				segments.add(new Segment(text.substring(from, to), !covering.isEmpty(), covering.isEmpty() ? null
						: String.join(", ", covering.stream().map(String::valueOf).toList())));
			}
			previous = cut;
		}
		return segments;
	}

	/**
	 * The passage with up to {@code around} characters either side, cut at word
	 * boundaries.
	 */
	static List<Segment> excerpt(String text, int start, int end, int around) {
		int s = Math.max(0, Math.min(start, text.length()));
		int e = Math.max(s, Math.min(end, text.length()));
		int from = Math.max(0, s - around);
		int to = Math.min(text.length(), e + around);
		while (from > 0 && from < s && !Character.isWhitespace(text.charAt(from - 1))) {
			from++;
		}
		while (to < text.length() && to > e && !Character.isWhitespace(text.charAt(to))) {
			to--;
		}
		List<Segment> segments = new ArrayList<>();
		segments.add(new Segment((from > 0 ? "…" : "") + text.substring(from, s), false, null));
		segments.add(new Segment(text.substring(s, e), true, null));
		segments.add(new Segment(text.substring(e, to) + (to < text.length() ? "…" : ""), false, null));
		return segments;
	}

	/**
	 * One page of the review queue: {@code page} counts from 0; {@code total} is the
	 * number of articles awaiting review; {@code firstNumber} is the place in the queue
	 * of the page's first article.
	 */
	public record Queue(List<ArticleEntry> articles, int page, int pages, long total, int firstNumber) {
	}

}
