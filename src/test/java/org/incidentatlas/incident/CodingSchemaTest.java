package org.incidentatlas.incident;

import org.incidentatlas.FixedDataTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What V41__incident_coding.sql lets in and keeps consistent, whoever writes. Each insert
 * its own transaction.
 */
@FixedDataTest
class CodingSchemaTest {

	@org.junit.jupiter.api.AfterEach
	void removeTheRows() {
		jdbc.update("delete from incident where summary = 'schema test'");
	}

	@Autowired
	JdbcTemplate jdbc;

	private long insert(String type, String subtype, String part, String time, String precision, String street) {
		return jdbc.queryForObject("""
				insert into incident (type, date_precision, geo_precision, summary, subtype, time_of_day, time_reported,
				                      time_precision, street)
				values (?, 'UNKNOWN', 'UNKNOWN', 'schema test', ?, ?, ?::time, ?, ?) returning id""", Long.class, type,
				subtype, part, time, precision, street);
	}

	@Test
	void aSubtypeMustBelongToItsType() {
		assertThat(insert("EXPLOSION", "GRENADE", null, null, null, null)).isPositive();
		assertThatThrownBy(() -> insert("SHOOTING", "GRENADE", null, null, null, null))
			.hasMessageContaining("incident_subtype_of_type");
		assertThatThrownBy(() -> insert("KIDNAPPING", "UNKNOWN", null, null, null, null))
			.hasMessageContaining("incident_subtype_of_type");
		assertThatThrownBy(() -> insert("EXPLOSION", "NAIL_BOMB", null, null, null, null))
			.hasMessageContaining("check constraint");
	}

	@Test
	void aClockTimeMustLieInItsPartOfTheDayAndCarryItsPrecision() {
		assertThat(insert("SHOOTING", null, "NIGHT", "03:15", "MINUTE", null)).isPositive();
		assertThat(insert("SHOOTING", null, "EVENING", null, "PART_OF_DAY", null)).isPositive();
		assertThatThrownBy(() -> insert("SHOOTING", null, "MORNING", "03:15", "MINUTE", null))
			.hasMessageContaining("incident_time_precision");
		assertThatThrownBy(() -> insert("SHOOTING", null, "NIGHT", "03:15", "HOUR", null))
			.hasMessageContaining("incident_time_precision");
		assertThatThrownBy(() -> insert("SHOOTING", null, "NIGHT", "03:00", null, null))
			.hasMessageContaining("incident_time_precision");
		assertThatThrownBy(() -> insert("SHOOTING", null, null, null, "PART_OF_DAY", null))
			.hasMessageContaining("incident_time_precision");
	}

	@Test
	void theStreetAndAddressKeysIgnoreCaseAccentsAndHouseNumbers() {
		long a = insert("SHOOTING", null, null, null, null, "Chaussée de Mons 7A");
		long b = insert("SHOOTING", null, null, null, null, "chaussee de mons 9 boîte 2");
		long c = insert("SHOOTING", null, null, null, null, "Boxtelseweg");
		assertThat(jdbc.queryForList("select street_key from incident where id in (?, ?, ?) order by id", String.class,
				a, b, c))
			.containsExactly("chaussee de mons", "chaussee de mons", "boxtelseweg");
		assertThat(jdbc.queryForObject("select address_key from incident where id = ?", String.class, a))
			.isEqualTo("chaussee de mons 7a");
		assertThat(jdbc.queryForObject("select address_key from incident where id = ?", String.class, c)).isNull();
	}

	@Test
	void theJavaEnumsMatchTheCheckListsExactly() {
		assertThat(checkValues("incident_subtype_check"))
			.containsExactlyInAnyOrderElementsOf(names(IncidentSubtype.values()));
		assertThat(checkValues("incident_target_check"))
			.containsExactlyInAnyOrderElementsOf(names(IncidentTarget.values()));
		assertThat(checkValues("incident_time_of_day_check"))
			.containsExactlyInAnyOrderElementsOf(names(TimeOfDay.values()));
		assertThat(checkValues("incident_time_precision_check"))
			.containsExactlyInAnyOrderElementsOf(names(ReportedTime.Precision.values()));
		// and each sub-type is accepted with its own type
		for (IncidentSubtype subtype : IncidentSubtype.values()) {
			assertThat(insert(subtype.type().name(), subtype.name(), null, null, null, null)).isPositive();
		}
	}

	private java.util.Set<String> checkValues(String constraint) {
		String definition = jdbc.queryForObject("select pg_get_constraintdef(oid) from pg_constraint where conname = ?",
				String.class, constraint);
		java.util.Set<String> values = new java.util.TreeSet<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(definition);
		while (m.find()) {
			values.add(m.group(1));
		}
		return values;
	}

	private static java.util.List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	@Test
	void everyNewColumnAndItsChecksAreDocumented() {
		assertThat(jdbc.queryForList(
				"""
						select a.attname from pg_attribute a
						where a.attrelid = 'incident'::regclass and a.attname in
						      ('subtype', 'target', 'time_of_day', 'time_reported', 'time_precision', 'street_key', 'address_key')
						  and col_description(a.attrelid, a.attnum) is null""",
				String.class))
			.isEmpty();
	}

}
