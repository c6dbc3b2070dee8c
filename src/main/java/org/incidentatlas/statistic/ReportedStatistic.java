package org.incidentatlas.statistic;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.incidentatlas.article.Article;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

/**
 * A figure for a place and period as a source reported it. Two sources reporting the same
 * figure share one row; sources that disagree give two rows, and both are shown.
 */
@Entity
@Table(name = "reported_statistic")
public class ReportedStatistic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalKey;

	private Integer placeId;

	private String placeLabel;

	private String countryCode;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	@Enumerated(EnumType.STRING)
	private DatePrecision periodPrecision;

	@Enumerated(EnumType.STRING)
	private Metric metric;

	private BigDecimal value;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier = Qualifier.EXACT;

	private String note;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt = Instant.now();

	@OneToMany(mappedBy = "statistic", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<StatisticSource> sources = new ArrayList<>();

	protected ReportedStatistic() {
	}

	public ReportedStatistic(String externalKey, Integer placeId, String placeLabel, String countryCode, DateRange period,
			Metric metric, BigDecimal value, Qualifier qualifier, String note) {
		if (!period.isKnown()) {
			throw new IllegalArgumentException("a statistic needs a period");
		}
		this.externalKey = externalKey;
		this.placeId = placeId;
		this.placeLabel = placeLabel;
		this.countryCode = countryCode;
		this.periodFrom = period.from();
		this.periodTo = period.to();
		this.periodPrecision = period.precision();
		this.metric = metric;
		this.value = value;
		this.qualifier = qualifier;
		this.note = note;
	}

	public void addSource(Article article) {
		if (sources.stream().noneMatch(s -> s.article.getId().equals(article.getId()))) {
			sources.add(new StatisticSource(this, article));
		}
	}

	public Long getId() {
		return id;
	}

	@Entity
	@Table(name = "statistic_source")
	static class StatisticSource {

		@EmbeddedId
		private Key key = new Key();

		@MapsId("statisticId")
		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "statistic_id")
		private ReportedStatistic statistic;

		@MapsId("articleId")
		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "article_id")
		private Article article;

		private Integer evidenceStart;

		private Integer evidenceEnd;

		protected StatisticSource() {
		}

		StatisticSource(ReportedStatistic statistic, Article article) {
			this.statistic = statistic;
			this.article = article;
		}

	}

	@Embeddable
	static class Key implements Serializable {

		private Long statisticId;

		private Long articleId;

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && Objects.equals(statisticId, k.statisticId) && Objects.equals(articleId, k.articleId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(statisticId, articleId);
		}

	}

}
