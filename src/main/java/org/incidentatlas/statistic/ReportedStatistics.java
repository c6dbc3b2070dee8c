package org.incidentatlas.statistic;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.incident.DataChanged;
import org.incidentatlas.time.DateRange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of reported figures ({@code reported_statistic},
 * {@code statistic_source}, {@code statistic_summary}): the launch data and the review
 * desk both store figures here. Audit rows stay with the caller, which knows why the
 * figure changed.
 */
@Service
@Transactional
public class ReportedStatistics {

	/** What the audit trail and {@link DataChanged} call a reported figure. */
	public static final String ENTITY = "STATISTIC";

	private final ReportedStatisticRepository statistics;

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	ReportedStatistics(ReportedStatisticRepository statistics, NamedParameterJdbcTemplate jdbc,
			ApplicationEventPublisher events) {
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * A figure as a source reported it.
	 *
	 * @param externalKey the launch data's stable key; null for a figure entered in
	 * review
	 * @param note the note in English, or null
	 */
	public record Figure(String externalKey, Integer placeId, String placeLabel, String countryCode, DateRange period,
			Metric metric, BigDecimal value, Qualifier qualifier, String note) {
	}

	/**
	 * A source of a figure, with the passage that reports it when known ([start, end)
	 * offsets, or nulls).
	 */
	public record Source(long articleId, Integer evidenceStart, Integer evidenceEnd) {

		public Source(long articleId) {
			this(articleId, null, null);
		}

	}

	/** Stores a new figure with its sources; answers its id. */
	public long add(Figure figure, List<Source> sources) {
		ReportedStatistic statistic = statistics.saveAndFlush(
				new ReportedStatistic(figure.externalKey(), figure.placeId(), figure.placeLabel(), figure.countryCode(),
						figure.period(), figure.metric(), figure.value(), figure.qualifier(), figure.note()));
		sources.forEach(source -> addSource(statistic.getId(), source));
		events.publishEvent(new DataChanged(ENTITY, statistic.getId()));
		return statistic.getId();
	}

	/** The figure loaded from the launch data under this key. */
	@Transactional(readOnly = true)
	public Optional<Long> findByExternalKey(String externalKey) {
		return statistics.findByExternalKey(externalKey).map(ReportedStatistic::getId);
	}

	/**
	 * A figure already stored that says the same: metric, period, value and qualifier,
	 * for the same gazetteer place or, for a place outside the gazetteer, the same label
	 * in any case.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findSame(Figure figure) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("metric", figure.metric().name())
			.addValue("from", figure.period().from())
			.addValue("to", figure.period().to())
			.addValue("value", figure.value())
			.addValue("qualifier", figure.qualifier().name())
			.addValue("place", figure.placeId(), Types.INTEGER)
			.addValue("label", figure.placeLabel());
		return jdbc
			.query("""
					select id from reported_statistic
					where metric = :metric and period_from = :from and period_to = :to and value = :value and qualifier = :qualifier
					  and (place_id = :place or (place_id is null and cast(:place as integer) is null and lower(place_label) = lower(:label)))
					order by id limit 1""",
					params, (rs, n) -> rs.getLong(1))
			.stream()
			.findFirst();
	}

	/**
	 * Adds a source to a figure; answers false when the article was a source of it
	 * already.
	 */
	public boolean addSource(long statisticId, Source source) {
		boolean added = jdbc.update("""
				insert into statistic_source (statistic_id, article_id, evidence_start, evidence_end)
				values (:statistic, :article, :start, :end) on conflict do nothing""",
				new MapSqlParameterSource().addValue("statistic", statisticId)
					.addValue("article", source.articleId())
					.addValue("start", source.evidenceStart(), Types.INTEGER)
					.addValue("end", source.evidenceEnd(), Types.INTEGER)) > 0;
		if (added) {
			events.publishEvent(new DataChanged(ENTITY, statisticId));
		}
		return added;
	}

	/**
	 * Adds the note in another language than English; answers false when it has one in
	 * that language already.
	 */
	public boolean addNote(long statisticId, String language, String note) {
		return jdbc.update("""
				insert into statistic_summary (statistic_id, language, note) values (:statistic, :language, :note)
				on conflict do nothing""",
				new MapSqlParameterSource().addValue("statistic", statisticId)
					.addValue("language", language)
					.addValue("note", note)) > 0;
	}

}
