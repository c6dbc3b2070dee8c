package org.incidentatlas.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the gazetteer files in {@code db/gazetteer/} into PostgreSQL. Places are upserted
 * by key, never deleted (incidents may point at them), and the whole load runs in one
 * transaction. A checksum over the files makes a restart with unchanged files a no-op.
 */
@Component
class GazetteerLoader {

	private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);

	static final String LOCATION = "classpath*:db/gazetteer/*.csv";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	GazetteerLoader(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	void loadIfChanged() {
		Map<String, String> files = readFiles();
		String checksum = checksum(files);
		List<String> stored = jdbc.queryForList("select checksum from reference_data where name = 'gazetteer'",
				String.class);
		if (stored.contains(checksum)) {
			return;
		}
		List<PlaceCsv> rows = parse(files);
		long started = System.currentTimeMillis();
		transaction.executeWithoutResult(status -> {
			upsert(rows);
			rebuildNamesAndClosure(rows);
			jdbc.update("""
					insert into reference_data (name, checksum, loaded_at) values ('gazetteer', ?, now())
					on conflict (name) do update set checksum = excluded.checksum, loaded_at = now()""", checksum);
		});
		log.info("Gazetteer loaded: {} places from {} files in {} ms", rows.size(), files.size(),
				System.currentTimeMillis() - started);
	}

	private void upsert(List<PlaceCsv> rows) {
		jdbc.batchUpdate(
				"""
						insert into place (key, kind, country_code, name, name_nl, name_fr, name_en, name_de, latitude, longitude, population, population_year, population_source)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (key) do update set kind = excluded.kind, country_code = excluded.country_code,
						    name = excluded.name, name_nl = excluded.name_nl, name_fr = excluded.name_fr, name_en = excluded.name_en,
						    name_de = excluded.name_de, latitude = excluded.latitude, longitude = excluded.longitude,
						    population = excluded.population, population_year = excluded.population_year,
						    population_source = excluded.population_source""",
				rows, 500, (ps, row) -> {
					ps.setString(1, row.key());
					ps.setString(2, row.kind().name());
					ps.setString(3, row.countryCode());
					ps.setString(4, row.name());
					ps.setString(5, row.nameNl());
					ps.setString(6, row.nameFr());
					ps.setString(7, row.nameEn());
					ps.setString(8, row.nameDe());
					ps.setDouble(9, row.latitude());
					ps.setDouble(10, row.longitude());
					ps.setObject(11, row.population());
					ps.setObject(12, row.populationYear());
					ps.setString(13, row.populationSource());
				});
		jdbc.batchUpdate("update place set parent_id = (select id from place p where p.key = ?) where key = ?",
				rows.stream().map(r -> new Object[] { r.parentKey(), r.key() }).toList());
	}

	private void rebuildNamesAndClosure(List<PlaceCsv> rows) {
		Map<String, Integer> ids = new HashMap<>();
		jdbc.query("select id, key from place", rs -> {
			ids.put(rs.getString("key"), rs.getInt("id"));
		});
		jdbc.update("delete from place_name");
		List<Object[]> names = new ArrayList<>();
		for (PlaceCsv row : rows) {
			Map<String, PlaceCsv.NamedAs> unique = new LinkedHashMap<>();
			for (PlaceCsv.NamedAs named : row.allNames()) {
				unique.putIfAbsent(PlaceNames.normalize(named.name()), named);
			}
			unique.forEach((normalized, named) -> names
				.add(new Object[] { ids.get(row.key()), normalized, named.name(), named.language(), named.alias() }));
		}
		jdbc.batchUpdate(
				"insert into place_name (place_id, normalized, name, language, is_alias) values (?, ?, ?, ?, ?)",
				names);
		jdbc.update("delete from place_closure");
		jdbc.update("""
				insert into place_closure (ancestor_id, descendant_id, depth)
				with recursive up (descendant_id, ancestor_id, depth) as (
				    select id, id, 0 from place
				    union all
				    select up.descendant_id, p.parent_id, up.depth + 1
				    from up join place p on p.id = up.ancestor_id
				    where p.parent_id is not null
				)
				select ancestor_id, descendant_id, depth from up""");
	}

	private static List<PlaceCsv> parse(Map<String, String> files) {
		List<PlaceCsv> rows = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		files.forEach((file, content) -> {
			for (PlaceCsv row : PlaceCsv.read(content, file)) {
				String previous = seen.put(row.key(), file);
				if (previous != null) {
					throw new IllegalStateException(file + ": key " + row.key() + " is also in " + previous);
				}
				rows.add(row);
			}
		});
		for (PlaceCsv row : rows) {
			if (row.parentKey() != null && !seen.containsKey(row.parentKey())) {
				throw new IllegalStateException("Place " + row.key() + " has an unknown parent " + row.parentKey());
			}
		}
		return rows;
	}

	private static Map<String, String> readFiles() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			Map<String, String> files = new LinkedHashMap<>();
			for (Resource resource : resources) {
				files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
			}
			if (files.isEmpty()) {
				throw new IllegalStateException("No gazetteer files found at " + LOCATION);
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String checksum(Map<String, String> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((name, content) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update(content.getBytes(StandardCharsets.UTF_8));
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
