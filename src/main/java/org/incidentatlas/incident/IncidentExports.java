package org.incidentatlas.incident;

import java.util.Locale;
import java.util.function.Consumer;

import org.incidentatlas.article.WebAddress;
import org.incidentatlas.place.Gazetteer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams every published incident that matches a filter, one row at a time from a
 * cursor, so that a million incidents export without being held in memory.
 */
@Repository
public class IncidentExports {

	/** Rows fetched per round trip; the driver streams only inside a transaction. */
	static final int FETCH_SIZE = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final Gazetteer gazetteer;

	IncidentExports(JdbcTemplate plain, Gazetteer gazetteer) {
		JdbcTemplate streaming = new JdbcTemplate(plain.getDataSource());
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.gazetteer = gazetteer;
	}

	@Transactional(readOnly = true)
	public void stream(IncidentFilter filter, Consumer<ExportRow> sink) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = FilterSql.incidents(filter, params);
		jdbc.query(
				"""
						select i.id, i.type, i.date_from, i.date_to, i.date_precision, i.country_code, i.place_id, i.locality, i.street,
						       i.public_latitude, i.public_longitude, i.public_geo_precision, i.location_hidden, i.killed, i.injured,
						       i.summary, s.n, s.titles, s.urls, i.subtype, i.target, i.time_of_day, i.time_reported, i.time_precision,
						       (select string_agg(g.name, ' | ' order by g.name) from incident_actor g where g.incident_id = i.id) as groups
						from incident i
						left join lateral (
						    select count(*) as n, string_agg(a.title, ' | ' order by a.id) as titles,
						           string_agg(coalesce(a.url, ''), ' | ' order by a.id) as urls
						    from incident_source x join article a on a.id = x.article_id where x.incident_id = i.id) s on true
						where %s
						order by i.date_from desc nulls last, i.id desc"""
					.formatted(where),
				params, rs -> {
					IncidentType type = IncidentType.valueOf(rs.getString("type"));
					var date = IncidentQueries.dateRange(rs, 3);
					boolean hidden = rs.getBoolean("location_hidden");
					IncidentView.Location l = PublicLocation.of(gazetteer, rs.getString("country_code"),
							(Integer) rs.getObject("place_id"), rs.getString("locality"), rs.getString("street"),
							(Double) rs.getObject("public_latitude"), (Double) rs.getObject("public_longitude"),
							GeoPrecision.valueOf(rs.getString("public_geo_precision")), hidden);
					sink.accept(new ExportRow(rs.getLong("id"), type.token(),
							type.family().name().toLowerCase(Locale.ROOT), date.from(), date.to(),
							date.precision().token(), date.label(Locale.ENGLISH), l.countryCode(), l.country(),
							l.region(), l.city(), l.district(), l.street(), l.locality(), l.latitude(), l.longitude(),
							l.precision().token(), hidden, (Integer) rs.getObject("killed"),
							(Integer) rs.getObject("injured"), rs.getString("summary"), rs.getInt("n"),
							rs.getString("titles"), safeUrls(rs.getString("urls")), token(rs.getString("subtype")),
							token(rs.getString("target")), token(rs.getString("time_of_day")),
							rs.getTime("time_reported") == null ? null
									: rs.getTime("time_reported").toLocalTime().toString(),
							token(rs.getString("time_precision")), rs.getString("groups")));
				});
	}

	private static String token(String name) {
		return name == null ? null : name.toLowerCase(Locale.ROOT);
	}

	/**
	 * Only http(s) addresses leave the atlas; the others become empty, keeping their
	 * places in the list.
	 */
	private static String safeUrls(String urls) {
		if (urls == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (String url : urls.split(" \\| ", -1)) {
			if (!out.isEmpty()) {
				out.append(" | ");
			}
			String safe = WebAddress.linkOrNull(url);
			out.append(safe == null ? "" : safe);
		}
		return out.toString();
	}

}
