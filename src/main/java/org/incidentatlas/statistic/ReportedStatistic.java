package org.incidentatlas.statistic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

/**
 * A figure for a place and period as a source reported it. Two sources reporting the same
 * figure share one row; sources that disagree give two rows, and both are shown. Its
 * sources ({@code statistic_source}) are written by {@link ReportedStatistics}.
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

	protected ReportedStatistic() {
	}

	public ReportedStatistic(String externalKey, Integer placeId, String placeLabel, String countryCode,
			DateRange period, Metric metric, BigDecimal value, Qualifier qualifier, String note) {
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

	public Long getId() {
		return id;
	}

}
