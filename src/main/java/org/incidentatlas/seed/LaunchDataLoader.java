package org.incidentatlas.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.incidentatlas.article.Article;
import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.audit.AuditTrail;
import org.incidentatlas.article.ArticleRepository;
import org.incidentatlas.incident.Actor;
import org.incidentatlas.incident.Gender;
import org.incidentatlas.incident.GeoPrecision;
import org.incidentatlas.incident.Incident;
import org.incidentatlas.incident.IncidentRepository;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.Victim;
import org.incidentatlas.incident.VictimOutcome;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.statistic.ReportedStatistic;
import org.incidentatlas.statistic.ReportedStatisticRepository;
import org.incidentatlas.time.DateRange;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the launch data once. Every record has a stable key, so a restart adds only what is
 * new and never duplicates; an editor's later corrections to a loaded incident are kept.
 * Runs before the web server opens, so no one sees a half-loaded atlas.
 */
@Component
@ConditionalOnBooleanProperty(name = "atlas.launch-data.enabled", matchIfMissing = true)
class LaunchDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LaunchDataLoader.class);

	private final LaunchDataProperties properties;

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final Gazetteer gazetteer;

	private final ArticleRepository articles;

	private final IncidentRepository incidents;

	private final ReportedStatisticRepository statistics;

	private final TransactionTemplate transaction;

	private final AuditTrail audit;

	/** The name the audit trail gives to changes made by this loader. */
	static final String SYSTEM = "system:launch-data";

	LaunchDataLoader(LaunchDataProperties properties, ResourceLoader resources, JsonMapper json, Gazetteer gazetteer,
			ArticleRepository articles, IncidentRepository incidents, ReportedStatisticRepository statistics,
			TransactionTemplate transaction, AuditTrail audit) {
		this.properties = properties;
		this.resources = resources;
		this.json = json;
		this.gazetteer = gazetteer;
		this.articles = articles;
		this.incidents = incidents;
		this.statistics = statistics;
		this.transaction = transaction;
		this.audit = audit;
	}

	@Override
	public void afterSingletonsInstantiated() {
		LaunchData data = read();
		int added = Objects.requireNonNull(transaction.execute(status -> load(data)));
		if (added > 0) {
			log.info("Launch data: added {} records from {}", added, properties.location());
		}
	}

	private int load(LaunchData data) {
		int added = 0;
		Map<String, Article> sources = new HashMap<>();
		for (LaunchData.Source s : data.articles()) {
			Article article = articles.findByExternalKey(s.key()).orElse(null);
			if (article == null) {
				article = articles.save(new Article(s.key(), s.title(), s.publisher(), s.url(), DateRange.parse(s.published()),
						s.language()));
				added++;
			}
			sources.put(s.key(), article);
		}
		for (LaunchData.Event e : Stream.concat(data.incidents().stream(), data.enforcement().stream()).toList()) {
			if (incidents.findByExternalKey(e.key()).isEmpty()) {
				Incident incident = incidents.saveAndFlush(toIncident(e, sources));
				audit.record("INCIDENT", incident.getId(), AuditAction.CREATE, SYSTEM, List.of(), "launch data");
				audit.record("INCIDENT", incident.getId(), AuditAction.PUBLISH, SYSTEM, List.of(), "launch data");
				added++;
			}
		}
		for (LaunchData.Figure f : data.statistics()) {
			if (statistics.findByExternalKey(f.key()).isEmpty()) {
				ReportedStatistic statistic = statistics.saveAndFlush(toStatistic(f, sources));
				audit.record("STATISTIC", statistic.getId(), AuditAction.CREATE, SYSTEM, List.of(), "launch data");
				added++;
			}
		}
		return added;
	}

	private Incident toIncident(LaunchData.Event e, Map<String, Article> sources) {
		IncidentType type = IncidentType.fromToken(e.type())
			.orElseThrow(() -> new IllegalStateException(e.key() + ": unknown type " + e.type()));
		Incident incident = new Incident(type, DateRange.parse(e.date()), e.summary());
		incident.setExternalKey(e.key());
		GeoPrecision precision = GeoPrecision.valueOf(e.precision().toUpperCase(Locale.ROOT));
		Place place = e.place() == null ? null : place(e.key(), e.place());
		Double lat = e.lat() != null ? e.lat() : place == null ? null : place.latitude();
		Double lon = e.lon() != null ? e.lon() : place == null ? null : place.longitude();
		String country = e.country() != null ? e.country() : place.countryCode();
		incident.locate(country, place == null ? null : place.id(), e.locality(), e.street(), lat, lon,
				lat == null ? GeoPrecision.UNKNOWN : precision);
		incident.hideLocation(Boolean.TRUE.equals(e.hidden()));
		incident.setCasualties(e.killed(), e.injured());
		for (LaunchData.Person p : e.victims() == null ? List.<LaunchData.Person>of() : e.victims()) {
			incident.addVictim(new Victim(p.age(), enumOf(Gender.class, p.gender(), Gender.UNKNOWN),
					enumOf(VictimOutcome.class, p.outcome(), VictimOutcome.UNKNOWN), p.description()));
		}
		for (LaunchData.Group g : e.actors() == null ? List.<LaunchData.Group>of() : e.actors()) {
			incident.addActor(g.name(), enumOf(Actor.Role.class, g.role(), Actor.Role.NAMED));
		}
		e.sources().forEach(key -> incident.addSource(source(e.key(), key, sources), null, null));
		incident.publish();
		return incident;
	}

	private ReportedStatistic toStatistic(LaunchData.Figure f, Map<String, Article> sources) {
		Place place = f.place() == null ? null : place(f.key(), f.place());
		ReportedStatistic statistic = new ReportedStatistic(f.key(), place == null ? null : place.id(), f.label(),
				f.country(), DateRange.parse(f.period()), Metric.valueOf(f.metric().toUpperCase(Locale.ROOT)), f.value(),
				enumOf(Qualifier.class, f.qualifier(), Qualifier.EXACT), f.note());
		f.sources().forEach(key -> statistic.addSource(source(f.key(), key, sources)));
		return statistic;
	}

	private Place place(String record, String key) {
		return gazetteer.byKey(key)
			.orElseThrow(() -> new IllegalStateException(record + ": no place " + key + " in the gazetteer"));
	}

	private static Article source(String record, String key, Map<String, Article> sources) {
		Article article = sources.get(key);
		if (article == null) {
			throw new IllegalStateException(record + ": unknown source " + key);
		}
		return article;
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String token, E fallback) {
		return token == null ? fallback : Enum.valueOf(type, token.toUpperCase(Locale.ROOT));
	}

	private LaunchData read() {
		try (InputStream in = resources.getResource(properties.location()).getInputStream()) {
			return json.readValue(in, LaunchData.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the launch data at " + properties.location(), ex);
		}
	}

}
