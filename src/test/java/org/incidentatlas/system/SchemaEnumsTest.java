package org.incidentatlas.system;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.incidentatlas.IntegrationTest;
import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.imports.ImportJobs;
import org.incidentatlas.incident.Actor;
import org.incidentatlas.incident.Gender;
import org.incidentatlas.incident.GeoPrecision;
import org.incidentatlas.incident.IncidentStatus;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.VictimOutcome;
import org.incidentatlas.place.PlaceKind;
import org.incidentatlas.review.ProposalKind;
import org.incidentatlas.review.ProposalStatus;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java enum stored as text matches the {@code CHECK} list of its column, as the
 * migrated database has it: a constant added in Java without a migration (or the reverse)
 * fails here, not on the first insert in production.
 */
@IntegrationTest
class SchemaEnumsTest {

	/**
	 * {@code CHECK ((status = ANY (ARRAY['DRAFT'::text, ...])))}, as pg_get_constraintdef
	 * writes an in-list.
	 */
	private static final Pattern IN_LIST = Pattern.compile("\\(\\(?(\\w+)\\)? = ANY \\(\\(?ARRAY\\[([^\\]]*)\\]");

	private static final Pattern VALUE = Pattern.compile("'([^']*)'");

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Each column with a CHECK list of values, as {@code table.column}, and those values.
	 */
	private Map<String, Set<String>> checkLists() {
		Map<String, Set<String>> lists = new HashMap<>();
		jdbc.query("""
				select c.conrelid::regclass::text, pg_get_constraintdef(c.oid)
				from pg_constraint c join pg_namespace n on n.oid = c.connamespace
				where c.contype = 'c' and n.nspname = current_schema()""", rs -> {
			Matcher list = IN_LIST.matcher(rs.getString(2));
			while (list.find()) {
				Matcher value = VALUE.matcher(list.group(2));
				Set<String> values = new TreeSet<>();
				while (value.find()) {
					values.add(value.group(1));
				}
				lists.put(rs.getString(1) + "." + list.group(1), values);
			}
		});
		return lists;
	}

	private static Set<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void everyEnumStoredAsTextMatchesTheCheckListOfItsColumn() {
		Map<String, Set<String>> expected = new LinkedHashMap<>();
		expected.put("place.kind", names(PlaceKind.class));
		expected.put("article.published_precision", names(DatePrecision.class));
		expected.put("incident.type", names(IncidentType.class));
		expected.put("incident.date_precision", names(DatePrecision.class));
		expected.put("incident.geo_precision", names(GeoPrecision.class));
		expected.put("incident.public_geo_precision", names(GeoPrecision.class));
		expected.put("incident.status", names(IncidentStatus.class));
		expected.put("victim.gender", names(Gender.class));
		expected.put("victim.outcome", names(VictimOutcome.class));
		expected.put("incident_actor.role", names(Actor.Role.class));
		// a figure always has a known period
		expected.put("reported_statistic.period_precision",
				EnumSet.complementOf(EnumSet.of(DatePrecision.UNKNOWN))
					.stream()
					.map(Enum::name)
					.collect(Collectors.toCollection(TreeSet::new)));
		expected.put("reported_statistic.metric", names(Metric.class));
		expected.put("reported_statistic.qualifier", names(Qualifier.class));
		expected.put("app_user.role", names(Role.class));
		expected.put("audit_event.action", names(AuditAction.class));
		expected.put("proposal.kind", names(ProposalKind.class));
		expected.put("proposal.status", names(ProposalStatus.class));
		expected.put("import_job.status", names(ImportJobs.Status.class));

		Map<String, Set<String>> actual = checkLists();
		expected.forEach((column, values) -> assertThat(actual.get(column)).as(column).isEqualTo(values));
	}

}
