package org.incidentatlas.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.incidentatlas.article.Article;
import org.incidentatlas.article.ArticleRepository;
import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.audit.AuditTrail;
import org.incidentatlas.incident.Actor;
import org.incidentatlas.incident.Gender;
import org.incidentatlas.incident.GeoPrecision;
import org.incidentatlas.incident.Incident;
import org.incidentatlas.incident.IncidentEditor;
import org.incidentatlas.incident.IncidentRepository;
import org.incidentatlas.incident.IncidentSource;
import org.incidentatlas.incident.IncidentStatus;
import org.incidentatlas.incident.IncidentSubtype;
import org.incidentatlas.incident.IncidentTarget;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.ReportedTime;
import org.incidentatlas.incident.Victim;
import org.incidentatlas.incident.VictimOutcome;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.statistic.ReportedStatistics;
import org.incidentatlas.time.DateRange;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the launch data once. Every record has a stable key, so a restart adds only what
 * is new and never duplicates: a record already loaded only gains the sources and the
 * languages added to the files since, and an editor's corrections to it are kept. Runs
 * before the web server opens, in one transaction, so no one sees a half-loaded atlas.
 */
@Component
@ConditionalOnBooleanProperty(name = "atlas.launch-data.enabled", matchIfMissing = true)
class LaunchDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LaunchDataLoader.class);

	/** The name the audit trail gives to changes made by this loader. */
	static final String SYSTEM = "system:launch-data";

	/**
	 * The language of {@code incident.summary}, {@code incident.source_note} and
	 * {@code reported_statistic.note}.
	 */
	static final String BASE_LANGUAGE = "en";

	private final LaunchDataProperties properties;

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final Gazetteer gazetteer;

	private final ArticleRepository articles;

	private final IncidentRepository incidents;

	private final ReportedStatistics statistics;

	private final TransactionTemplate transaction;

	private final AuditTrail audit;

	private final IncidentEditor editor;

	LaunchDataLoader(LaunchDataProperties properties, ResourceLoader resources, JsonMapper json, Gazetteer gazetteer,
			ArticleRepository articles, IncidentRepository incidents, ReportedStatistics statistics,
			TransactionTemplate transaction, AuditTrail audit, IncidentEditor editor) {
		this.properties = properties;
		this.resources = resources;
		this.json = json;
		this.gazetteer = gazetteer;
		this.articles = articles;
		this.incidents = incidents;
		this.statistics = statistics;
		this.transaction = transaction;
		this.audit = audit;
		this.editor = editor;
	}

	@Override
	public void afterSingletonsInstantiated() {
		LaunchData data = read();
		int changed = Objects.requireNonNull(transaction.execute(status -> load(data)));
		if (changed > 0) {
			log.info("Launch data: added or completed {} records from {}", changed, properties.locations());
		}
	}

	private int load(LaunchData data) {
		int changed = 0;
		Map<String, Article> sources = new HashMap<>();
		for (LaunchData.Source s : data.articles()) {
			Article article = articles.findByExternalKey(s.key())
				// an editor may have submitted the same article already: it is the same
				// source
				.or(() -> s.url() == null ? java.util.Optional.empty() : articles.findByUrl(s.url()))
				.orElse(null);
			if (article == null) {
				article = articles.save(new Article(s.key(), s.title(), s.publisher(), s.url(),
						DateRange.parse(s.published()), s.language()));
				changed++;
			}
			sources.put(s.key(), article);
		}
		for (LaunchData.Event e : Stream.concat(data.incidents().stream(), data.enforcement().stream()).toList()) {
			Incident existing = incidents.findByExternalKey(e.key()).orElse(null);
			if (existing == null) {
				Incident incident = incidents.saveAndFlush(toIncident(e, sources));
				translate(incident.getId(), e);
				audit.record("INCIDENT", incident.getId(), AuditAction.CREATE, SYSTEM, List.of(), "launch data");
				audit.record("INCIDENT", incident.getId(), AuditAction.PUBLISH, SYSTEM, List.of(), "launch data");
				changed++;
			}
			else if (complete(existing, e, sources)) {
				changed++;
			}
		}
		for (LaunchData.Figure f : data.statistics()) {
			Long existing = statistics.findByExternalKey(f.key()).orElse(null);
			if (existing == null) {
				long statistic = statistics.add(toStatistic(f),
						f.sources()
							.stream()
							.map(key -> new ReportedStatistics.Source(source(f.key(), key, sources).getId()))
							.toList());
				translate(statistic, f);
				audit.record("STATISTIC", statistic, AuditAction.CREATE, SYSTEM, List.of(), "launch data");
				changed++;
			}
			else {
				int added = 0;
				for (String key : f.sources()) {
					added += statistics.addSource(existing,
							new ReportedStatistics.Source(source(f.key(), key, sources).getId())) ? 1 : 0;
				}
				added += translate(existing, f);
				changed += added > 0 ? 1 : 0;
			}
		}
		return changed;
	}

	/**
	 * A record loaded by an earlier version of the files: it gains the sources and
	 * languages added since. Its facts are the editors' now, and stay as they are; a
	 * retracted one is left alone.
	 */
	private boolean complete(Incident incident, LaunchData.Event e, Map<String, Article> sources) {
		if (incident.getStatus() == IncidentStatus.RETRACTED) {
			return false;
		}
		List<String> before = sourceIds(incident);
		e.sources().forEach(key -> incident.addSource(source(e.key(), key, sources), null, null));
		List<String> after = sourceIds(incident);
		boolean changed = false;
		if (!after.equals(before)) {
			incidents.saveAndFlush(incident);
			audit.record("INCIDENT", incident.getId(), AuditAction.EDIT, SYSTEM,
					List.of(AuditTrail.Change.of("sources", String.join(",", before), String.join(",", after))),
					"launch data: another article reports it");
			changed = true;
		}
		return translate(incident.getId(), e) > 0 || changed;
	}

	private static List<String> sourceIds(Incident incident) {
		return incident.getSources().stream().map(IncidentSource::getArticle).map(a -> a.getId().toString()).toList();
	}

	/**
	 * Adds the summaries in languages other than English that are not stored yet; answers
	 * how many.
	 */
	private int translate(long incidentId, LaunchData.Event e) {
		Map<String, String> notes = e.sourceNote() == null ? Map.of() : e.sourceNote();
		int added = 0;
		for (Map.Entry<String, String> summary : e.summary().entrySet()) {
			if (!summary.getKey().equals(BASE_LANGUAGE)) {
				added += editor.addTranslation(incidentId, summary.getKey(), summary.getValue(),
						notes.get(summary.getKey())) ? 1 : 0;
			}
		}
		return added;
	}

	private int translate(long statisticId, LaunchData.Figure f) {
		int added = 0;
		for (Map.Entry<String, String> note : f.note() == null ? Map.<String, String>of().entrySet()
				: f.note().entrySet()) {
			if (!note.getKey().equals(BASE_LANGUAGE)) {
				added += statistics.addNote(statisticId, note.getKey(), note.getValue()) ? 1 : 0;
			}
		}
		return added;
	}

	private Incident toIncident(LaunchData.Event e, Map<String, Article> sources) {
		IncidentType type = IncidentType.fromToken(e.type())
			.orElseThrow(() -> new IllegalStateException(e.key() + ": unknown type " + e.type()));
		Incident incident = new Incident(type, DateRange.parse(e.date()), e.summary().get(BASE_LANGUAGE));
		incident.setExternalKey(e.key());
		incident.setSourceNote(e.sourceNote() == null ? null : e.sourceNote().get(BASE_LANGUAGE));
		GeoPrecision precision = e.precision() == null ? GeoPrecision.UNKNOWN
				: GeoPrecision.valueOf(e.precision().toUpperCase(Locale.ROOT));
		Place place = e.place() == null ? null : place(e.key(), e.place());
		Double lat = e.lat() != null ? e.lat() : place == null ? null : place.latitude();
		Double lon = e.lon() != null ? e.lon() : place == null ? null : place.longitude();
		String country = e.country() != null ? e.country() : place == null ? null : place.countryCode();
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
		Set<String> named = new HashSet<>();
		incident.getActors().forEach(a -> named.add(a.name()));
		for (String group : e.groups() == null ? List.<String>of() : e.groups()) {
			if (named.add(group.strip())) {
				incident.addActor(group.strip(), Actor.Role.NAMED);
			}
		}
		code(incident, e);
		e.sources().forEach(key -> incident.addSource(source(e.key(), key, sources), null, null));
		incident.publish();
		return incident;
	}

	/**
	 * The coding, when the record gives it; {@link #check} has refused values that do not
	 * read.
	 */
	private static void code(Incident incident, LaunchData.Event e) {
		IncidentSubtype subtype = blank(e.subtype()) ? null : IncidentSubtype.fromToken(e.subtype()).orElseThrow();
		IncidentTarget target = blank(e.target()) ? null : IncidentTarget.fromToken(e.target()).orElseThrow();
		ReportedTime time = ReportedTime.parse(e.timeOfDay());
		if (subtype != null || target != null || time != null) {
			incident.code(subtype, target, time);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** What is wrong with a record's coding, if anything. */
	private static List<String> codingProblems(LaunchData.Event e) {
		List<String> problems = new ArrayList<>();
		if (!blank(e.subtype())) {
			IncidentSubtype subtype = IncidentSubtype.fromToken(e.subtype()).orElse(null);
			if (subtype == null) {
				problems.add(e.key() + ": '" + e.subtype() + "' is not a sub-type");
			}
			else if (!subtype.type().token().equals(e.type())) {
				problems.add(e.key() + ": " + subtype.token() + " is not a sub-type of " + e.type());
			}
		}
		if (!blank(e.target()) && IncidentTarget.fromToken(e.target()).isEmpty()) {
			problems.add(e.key() + ": '" + e.target() + "' is not a target");
		}
		try {
			ReportedTime.parse(e.timeOfDay());
		}
		catch (IllegalArgumentException ex) {
			problems.add(e.key() + ": time of day " + ex.getMessage());
		}
		return problems;
	}

	private ReportedStatistics.Figure toStatistic(LaunchData.Figure f) {
		Place place = f.place() == null ? null : place(f.key(), f.place());
		return new ReportedStatistics.Figure(f.key(), place == null ? null : place.id(), f.label(), f.country(),
				DateRange.parse(f.period()), Metric.valueOf(f.metric().toUpperCase(Locale.ROOT)), f.value(),
				enumOf(Qualifier.class, f.qualifier(), Qualifier.EXACT),
				f.note() == null ? null : f.note().get(BASE_LANGUAGE));
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

	/**
	 * Every file, in the order of the locations (files of one pattern by name), as one
	 * data set.
	 */
	LaunchData read() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(resources);
		List<LaunchData> files = new ArrayList<>();
		for (String location : properties.locations()) {
			try {
				Resource[] found = resolver.getResources(location);
				Arrays.sort(found, Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")));
				for (Resource resource : found) {
					try (InputStream in = resource.getInputStream()) {
						files.add(json.readValue(in, LaunchData.class));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the launch data at " + location, ex);
			}
		}
		return check(new LaunchData(null, files.stream().flatMap(f -> f.articles().stream()).toList(),
				files.stream().flatMap(f -> f.incidents().stream()).toList(),
				files.stream().flatMap(f -> f.enforcement().stream()).toList(),
				files.stream().flatMap(f -> f.statistics().stream()).toList(),
				files.stream()
					.flatMap(f -> f.merged().entrySet().stream())
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a))));
	}

	/**
	 * Refuses files that would load half-way: keys used twice, records with no English
	 * text or no source.
	 */
	private static LaunchData check(LaunchData data) {
		Set<String> keys = new HashSet<>();
		List<String> problems = new ArrayList<>();
		data.articles().forEach(a -> {
			if (!keys.add(a.key())) {
				problems.add("article key " + a.key() + " is used twice");
			}
		});
		for (LaunchData.Event e : Stream.concat(data.incidents().stream(), data.enforcement().stream()).toList()) {
			if (!keys.add(e.key())) {
				problems.add("key " + e.key() + " is used twice");
			}
			if (e.summary() == null || e.summary().get(BASE_LANGUAGE) == null
					|| e.summary().get(BASE_LANGUAGE).isBlank()) {
				problems.add(e.key() + " has no English summary");
			}
			if (e.sourceNote() != null && e.sourceNote().get(BASE_LANGUAGE) == null) {
				problems.add(e.key() + " has a source note but none in English");
			}
			if (e.sources() == null || e.sources().isEmpty()) {
				problems.add(e.key() + " has no source");
			}
			problems.addAll(codingProblems(e));
		}
		for (LaunchData.Figure f : data.statistics()) {
			if (!keys.add(f.key())) {
				problems.add("key " + f.key() + " is used twice");
			}
			if (f.note() != null && f.note().get(BASE_LANGUAGE) == null) {
				problems.add(f.key() + " has a note but none in English");
			}
			if (f.sources() == null || f.sources().isEmpty()) {
				problems.add(f.key() + " has no source");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The launch data cannot be loaded: " + String.join("; ", problems));
		}
		return data;
	}

}
