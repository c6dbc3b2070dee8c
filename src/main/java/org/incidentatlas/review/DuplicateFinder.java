package org.incidentatlas.review;

import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds existing incidents that are likely the event a proposal reports. Places are
 * compared through the gazetteer's closure table, so Merksem matches Antwerp and Belgium,
 * but Antwerp does not match Brussels. An incident the same article already supports is a
 * candidate too: an article that repeats a passage as a photo caption reports one event,
 * not two.
 */
@Component
class DuplicateFinder {

	private final NamedParameterJdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	DuplicateFinder(NamedParameterJdbcTemplate jdbc, Gazetteer gazetteer) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
	}

	/** What is compared: the proposal's values after the editor's corrections. */
	record Event(IncidentType type, DateRange date, String placeKey, String countryCode, Integer killed,
			Integer injured, long articleId) {

		/** Read leniently: a value that does not parse is left out of the comparison. */
		static Event of(ProposalValues values, long articleId) {
			String type = values.text("type");
			DateRange date;
			try {
				date = DateRange.parse(values.text("date"));
			}
			catch (IllegalArgumentException ex) {
				date = DateRange.unknown();
			}
			String country = values.text("countryCode");
			return new Event(type == null ? null : IncidentType.fromToken(type).orElse(null), date,
					values.text("place"), country == null ? null : country.toUpperCase(java.util.Locale.ROOT),
					number(values, "killed"), number(values, "injured"), articleId);
		}

		private static Integer number(ProposalValues values, String field) {
			try {
				String text = values.text(field);
				return text == null ? null : Integer.valueOf(text);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	List<Suggestion> suggestions(Event event) {
		if (event.type() == null) {
			return List.of();
		}
		Place place = event.placeKey() == null ? null : gazetteer.byKey(event.placeKey()).orElse(null);
		String country = event.countryCode() != null ? event.countryCode() : place == null ? null : place.countryCode();
		if (place == null && country != null) {
			// a place known only to its country is the country, as far as the gazetteer
			// has it
			place = gazetteer.byKey(country.toLowerCase(java.util.Locale.ROOT)).orElse(null);
		}
		if (place == null && country == null) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("family", event.type().family().name())
			.addValue("type", event.type().name())
			.addValue("from", event.date().from(), Types.DATE)
			.addValue("to", event.date().to(), Types.DATE)
			.addValue("placeId", place == null ? null : place.id(), Types.INTEGER)
			.addValue("country", country, Types.VARCHAR)
			.addValue("killed", event.killed(), Types.INTEGER)
			.addValue("injured", event.injured(), Types.INTEGER)
			.addValue("article", event.articleId());
		return jdbc.query(
				"""
						select i.id, i.type, i.date_from, i.date_to, i.date_precision, i.place_id, i.country_code, i.locality,
						       i.killed, i.injured, i.summary, i.status,
						       i.type = :type as same_type, coalesce(i.place_id = cast(:placeId as integer), false) as same_place
						from incident i
						where i.status <> 'RETRACTED' and i.family = :family
						  and ((cast(:from as date) is null and i.date_from is null)
						       or (i.date_from <= cast(:to as date) and i.date_to >= cast(:from as date)))
						  and ((cast(:placeId as integer) is not null
						        and (i.place_id in (select c.descendant_id from place_closure c where c.ancestor_id = :placeId)
						             or i.place_id in (select c.ancestor_id from place_closure c where c.descendant_id = :placeId)))
						       or (i.place_id is null and i.country_code = cast(:country as text))
						       or (cast(:placeId as integer) is null and i.country_code = cast(:country as text)))
						  and (i.killed is null or cast(:killed as integer) is null or i.killed = cast(:killed as integer))
						  and (i.injured is null or cast(:injured as integer) is null or i.injured = cast(:injured as integer))
						order by same_type desc, same_place desc, (i.status = 'PUBLISHED') desc,
						         abs(coalesce(i.date_to - i.date_from, 0) - coalesce(cast(:to as date) - cast(:from as date), 0)), i.id
						limit 10""",
				params, (rs, n) -> {
					java.sql.Date from = rs.getDate("date_from");
					java.sql.Date to = rs.getDate("date_to");
					DateRange date = new DateRange(from == null ? null : from.toLocalDate(),
							to == null ? null : to.toLocalDate(),
							DatePrecision.valueOf(rs.getString("date_precision")));
					Integer placeId = rs.getObject("place_id", Integer.class);
					String placeName = gazetteer.byId(placeId)
						.map(Place::displayName)
						.orElse(rs.getString("locality") != null ? rs.getString("locality")
								: rs.getString("country_code"));
					return new Suggestion(rs.getLong("id"), IncidentType.valueOf(rs.getString("type")).token(), date,
							placeName, rs.getObject("killed", Integer.class), rs.getObject("injured", Integer.class),
							rs.getString("summary"), rs.getString("status").toLowerCase(java.util.Locale.ROOT),
							rs.getBoolean("same_type"), rs.getBoolean("same_place"));
				});
	}

	/**
	 * The one strong candidate, when there is exactly one: a plain accept adds the
	 * article to it.
	 */
	static Optional<Suggestion> single(List<Suggestion> suggestions) {
		List<Suggestion> strong = suggestions.stream().filter(Suggestion::sameType).toList();
		return strong.size() == 1 ? Optional.of(strong.get(0)) : Optional.empty();
	}

}
