package org.incidentatlas.incident;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many new incidents in one statement, for a bulk writer (a CSV import), so that the
 * incident tables keep one writer: this package. Each row was checked and resolved
 * beforehand by {@link IncidentEditor#prepare}; the caller audits the creations.
 */
@Component
public class BulkIncidents {

	/** What the entity of an incident is called in the audit trail. */
	public static final String AUDIT_ENTITY = IncidentEditor.ENTITY;

	private final JdbcTemplate jdbc;

	BulkIncidents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates a draft incident for each row of {@code rows}, with its named groups, in
	 * one statement; ids ascend with the rows' keys.
	 * @param rows a query whose columns are named as {@code incident}'s (type, date_from,
	 * date_to, date_precision, country_code, place_id, locality, street, latitude,
	 * longitude, geo_precision, location_hidden, killed, injured, summary, subtype,
	 * target, time_of_day, time_reported, time_precision), plus {@code key} (an integer
	 * naming the row, such as a file's line) and {@code groups} (a text array)
	 * @param args the query's parameters
	 * @return each new incident's id by its row's key, in key order
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<Integer, Long> create(String rows, Object... args) {
		Map<Integer, Long> created = new LinkedHashMap<>();
		jdbc.query(
				"""
						with fresh as materialized (
						    select s.*, nextval(pg_get_serial_sequence('incident', 'id')) as new_id
						    from (%s) s order by s.key
						), created as (
						    insert into incident (id, type, date_from, date_to, date_precision, country_code, place_id, locality, street,
						                          latitude, longitude, geo_precision, location_hidden, killed, injured, summary,
						                          subtype, target, time_of_day, time_reported, time_precision)
						    select new_id, type, date_from, date_to, date_precision, country_code, place_id, locality, street,
						           latitude, longitude, geo_precision, location_hidden, killed, injured, summary,
						           subtype, target, time_of_day, time_reported, time_precision
						    from fresh order by key
						    returning id
						), named as (
						    insert into incident_actor (incident_id, name)
						    select c.id, g.name from created c join fresh f on f.new_id = c.id cross join unnest(f.groups) as g(name)
						)
						select f.key, c.id from created c join fresh f on f.new_id = c.id order by f.key"""
					.formatted(rows),
				rs -> {
					created.put(rs.getInt(1), rs.getLong(2));
				}, args);
		return created;
	}

}
