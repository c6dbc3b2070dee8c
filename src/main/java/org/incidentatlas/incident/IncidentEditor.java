package org.incidentatlas.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.incidentatlas.article.Article;
import org.incidentatlas.article.ArticleRepository;
import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.audit.AuditTrail;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.system.InvalidFieldsException;
import org.incidentatlas.time.DateRange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change an editor makes to an incident: create, edit, publish, retract. Each
 * writes its audit rows in the same transaction, so a change and its history commit or
 * fail together. Nothing is deleted: a wrong incident is retracted, with a reason.
 */
@Service
@Transactional
public class IncidentEditor {

	static final String ENTITY = "INCIDENT";

	private final IncidentRepository incidents;

	private final Gazetteer gazetteer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ArticleRepository articles;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	/**
	 * What "today" is when a date is checked for lying in the future; tests may fix it.
	 */
	private final java.time.Clock clock;

	IncidentEditor(IncidentRepository incidents, Gazetteer gazetteer, AuditTrail audit,
			ApplicationEventPublisher events, ArticleRepository articles,
			org.springframework.jdbc.core.JdbcTemplate jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.incidents = incidents;
		this.articles = articles;
		this.gazetteer = gazetteer;
		this.audit = audit;
		this.events = events;
	}

	public long create(IncidentForm form, String username) {
		return create(form, List.of(), username);
	}

	/**
	 * A new incident, published at once when {@code publish}: one transaction, so that a
	 * failure to publish leaves neither a draft nor its audit rows behind.
	 */
	public long create(IncidentForm form, String username, boolean publish) {
		long id = insert(form, List.of(), requireSources(form, username), username);
		if (publish) {
			publish(id, username);
		}
		return id;
	}

	/**
	 * A new draft incident, checked and resolved as {@link #create} would, with the audit
	 * trail's changes for its creation, but not stored: for a bulk writer (a CSV import)
	 * that inserts many in one statement. Needs no transaction.
	 * @throws InvalidFieldsException when the form is wrong beyond its fields' own rules
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public NewIncident prepare(IncidentForm form) {
		Resolved r = resolve(form);
		Incident incident = new Incident(form.getType(), r.date(), form.getSummary().strip());
		apply(incident, form, r);
		List<AuditTrail.Change> changes = diff(Map.of(), snapshot(incident)).stream()
			.filter(AuditTrail.Change::isChange)
			.toList();
		return new NewIncident(incident.getType(), incident.getDate(), incident.getCountryCode(), incident.getPlaceId(),
				incident.getLocality(), incident.getStreet(), incident.getLatitude(), incident.getLongitude(),
				incident.getGeoPrecision(), incident.isLocationHidden(), incident.getKilled(), incident.getInjured(),
				incident.getSummary(), changes, incident.getSubtype(), incident.getTarget(), incident.getReportedTime(),
				incident.getActors().stream().map(Actor::name).toList());
	}

	/**
	 * The columns of a new draft incident, and the audit trail's changes for its
	 * creation.
	 */
	public record NewIncident(IncidentType type, DateRange date, String countryCode, Integer placeId, String locality,
			String street, Double latitude, Double longitude, GeoPrecision precision, boolean locationHidden,
			Integer killed, Integer injured, String summary, List<AuditTrail.Change> changes, IncidentSubtype subtype,
			IncidentTarget target, ReportedTime time, List<String> groups) {
	}

	/** A new draft incident with its victims, as read from an article in review. */
	public long create(IncidentForm form, List<Victim> victims, String username) {
		return insert(form, victims, List.of(), username);
	}

	private long insert(IncidentForm form, List<Victim> victims, List<Article> sources, String username) {
		Resolved r = resolve(form);
		Incident incident = new Incident(form.getType(), r.date(), form.getSummary().strip());
		apply(incident, form, r);
		(victims.isEmpty() ? r.victims() : victims).forEach(incident::addVictim);
		sources.forEach(article -> incident.addSource(article, null, null));
		incidents.saveAndFlush(incident);
		audit.record(ENTITY, incident.getId(), AuditAction.CREATE, username, diff(Map.of(), snapshot(incident)), null);
		changed(incident.getId());
		return incident.getId();
	}

	public void update(long id, IncidentForm form, String username) {
		Incident incident = load(id);
		incident.requireEditable();
		Map<String, Object> before = snapshot(incident);
		Resolved r = resolve(form);
		List<Article> added = form.getSources() == null ? List.of() : sources(form, null, true);
		incident.edit(form.getType(), r.date(), form.getSummary().strip());
		apply(incident, form, r);
		if (form.getVictims() != null) {
			incident.replaceVictims(r.victims());
		}
		added.forEach(article -> incident.addSource(article, null, null));
		incidents.saveAndFlush(incident);
		List<AuditTrail.Change> changes = new ArrayList<>(diff(before, snapshot(incident)));
		if (!Objects.equals(before.get("summary"), incident.getSummary())) {
			changes.addAll(dropSummariesInOtherLanguages(id));
		}
		audit.record(ENTITY, id, AuditAction.EDIT, username, changes, null);
		changed(id);
	}

	/**
	 * Adds the summary, and the source note when there is one, in a language other than
	 * English, as the launch data gives them; an incident that has a summary in that
	 * language keeps it.
	 * @return whether it was added
	 */
	public boolean addTranslation(long id, String language, String summary, String sourceNote) {
		return jdbc.update("""
				insert into incident_summary (incident_id, language, summary, source_note) values (?, ?, ?, ?)
				on conflict do nothing""", id, language, summary, sourceNote) > 0;
	}

	/**
	 * The summaries in other languages told the English summary as it was: once it is
	 * corrected they are removed, so no reader sees the uncorrected text. The audit keeps
	 * them.
	 */
	private List<AuditTrail.Change> dropSummariesInOtherLanguages(long id) {
		List<AuditTrail.Change> dropped = new ArrayList<>();
		jdbc.query("select language, summary from incident_summary where incident_id = ? order by language", rs -> {
			dropped.add(AuditTrail.Change.of("summary." + rs.getString(1), rs.getString(2), null));
		}, id);
		jdbc.update("delete from incident_summary where incident_id = ?", id);
		return dropped;
	}

	public void publish(long id, String username) {
		Incident incident = load(id);
		incident.publish();
		incidents.saveAndFlush(incident);
		audit.record(ENTITY, id, AuditAction.PUBLISH, username,
				List.of(AuditTrail.Change.of("status", "DRAFT", "PUBLISHED")), null);
		changed(id);
	}

	public void retract(long id, String reason, String username) {
		Incident incident = load(id);
		String before = incident.getStatus().name();
		incident.retract(reason);
		incidents.saveAndFlush(incident);
		audit.record(ENTITY, id, AuditAction.RETRACT, username,
				List.of(AuditTrail.Change.of("status", before, "RETRACTED")), reason.strip());
		changed(id);
	}

	/**
	 * Another article reports this incident: it becomes a source, with the offsets of the
	 * passage that supports it. An article already among the sources is left as it is.
	 * @return whether the article was added (false when it was a source already)
	 */
	public boolean addSource(long id, long articleId, Integer evidenceStart, Integer evidenceEnd, String username,
			String reason) {
		Incident incident = load(id);
		Article article = articles.findById(articleId)
			.orElseThrow(() -> new IllegalArgumentException("There is no article " + articleId + "."));
		List<String> before = incident.getSources().stream().map(s -> s.getArticle().getId().toString()).toList();
		if (!incident.addSource(article, evidenceStart, evidenceEnd)) {
			return false;
		}
		incidents.saveAndFlush(incident);
		List<String> after = incident.getSources().stream().map(s -> s.getArticle().getId().toString()).toList();
		audit.record(ENTITY, id, AuditAction.EDIT, username,
				List.of(AuditTrail.Change.of("sources", String.join(",", before), String.join(",", after))), reason);
		changed(id);
		return true;
	}

	/**
	 * Two records of one event: the duplicate's sources join the kept incident, which
	 * must be published, and the duplicate (a draft or published) is retracted with a
	 * pointer to it, so links to either still lead somewhere true.
	 */
	public void merge(long duplicateId, long keptId, String username) {
		Incident duplicate = load(duplicateId);
		Incident kept = load(keptId);
		IncidentStatus duplicateBefore = duplicate.getStatus();
		List<String> before = kept.getSources().stream().map(s -> s.getArticle().getId().toString()).toList();
		duplicate.mergeInto(kept);
		List<String> after = kept.getSources().stream().map(s -> s.getArticle().getId().toString()).toList();
		String reason = duplicate.getRetractionReason();
		incidents.saveAndFlush(kept);
		incidents.saveAndFlush(duplicate);
		audit.record(ENTITY, keptId, AuditAction.MERGE, username,
				List.of(AuditTrail.Change.of("sources", String.join(",", before), String.join(",", after))),
				"Merged incident " + duplicateId + " into this one");
		audit.record(ENTITY, duplicateId, AuditAction.MERGE, username,
				List.of(AuditTrail.Change.of("status", duplicateBefore.name(), IncidentStatus.RETRACTED.name())),
				reason);
		changed(duplicateId);
	}

	/**
	 * What is wrong with a form beyond its fields' own rules (the gazetteer, the
	 * calendar); empty when nothing.
	 */
	@Transactional(readOnly = true)
	public List<InvalidFieldsException.FieldProblem> problems(IncidentForm form) {
		try {
			resolve(form);
			return List.of();
		}
		catch (InvalidFieldsException ex) {
			return ex.problems();
		}
	}

	/** The form of an existing incident, for editing. */
	@Transactional(readOnly = true)
	public IncidentForm formOf(long id) {
		Incident i = load(id);
		String place = i.getPlaceId() == null ? "" : gazetteer.byId(i.getPlaceId()).map(Place::key).orElse("");
		IncidentForm form = new IncidentForm(i.getType(), i.getDate().compact(), place, i.getCountryCode(),
				i.getLocality(), i.getStreet(), i.getLatitude(), i.getLongitude(), i.getGeoPrecision(),
				i.isLocationHidden(), i.getKilled(), i.getInjured(), i.getSummary());
		form.setSubtype(i.getSubtype());
		form.setTarget(i.getTarget());
		form.setTimeOfDay(i.getReportedTime() == null ? null : i.getReportedTime().compact());
		form.setGroups(new ArrayList<>(i.getActors().stream().map(Actor::name).toList()));
		form.setVictims(new ArrayList<>(i.getVictims()
			.stream()
			.map(v -> new IncidentForm.VictimForm(v.getAge(), v.getGender(), v.getOutcome(), v.getDescription()))
			.toList()));
		return form;
	}

	/**
	 * The articles an incident rests on, for the edit form, which adds sources but never
	 * removes one.
	 */
	@Transactional(readOnly = true)
	public List<SourceLabel> sourcesOf(long id) {
		return load(id).getSources()
			.stream()
			.map(s -> new SourceLabel(s.getArticle().getId(), s.getArticle().getTitle(), s.getArticle().getPublisher()))
			.toList();
	}

	public record SourceLabel(long articleId, String title, String publisher) {
	}

	/** The newest articles, to pick a source from. */
	@Transactional(readOnly = true)
	public List<SourceLabel> recentArticles(int limit) {
		return jdbc.query("select id, title, publisher from article order by id desc limit ?",
				(rs, n) -> new SourceLabel(rs.getLong(1), rs.getString(2), rs.getString(3)), limit);
	}

	/**
	 * The form's sources, each resolved to a stored article: by id, by address when an
	 * article with that address is stored already, or as a new article (created when
	 * {@code create}). A new incident needs at least one: every incident keeps its
	 * sources.
	 */
	private List<Article> requireSources(IncidentForm form, String username) {
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		List<Article> found = new ArrayList<>();
		try {
			resolve(form);
		}
		catch (InvalidFieldsException ex) {
			problems.addAll(ex.problems());
		}
		try {
			found.addAll(sources(form, username, false));
		}
		catch (InvalidFieldsException ex) {
			problems.addAll(ex.problems());
		}
		if (found.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("sources"))) {
			problems.add(InvalidFieldsException.FieldProblem.of("sources", "problem.incident.sources.missing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.INCIDENT, problems);
		}
		return sources(form, username, true);
	}

	private List<Article> sources(IncidentForm form, String username, boolean create) {
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		List<Article> found = new ArrayList<>();
		List<IncidentForm.SourceForm> rows = form.getSources() == null ? List.of() : form.getSources();
		for (int n = 0; n < rows.size(); n++) {
			IncidentForm.SourceForm row = rows.get(n);
			String at = "sources[" + n + "].";
			if (row == null || row.isEmpty()) {
				continue;
			}
			if (row.getArticleId() != null) {
				articles.findById(row.getArticleId())
					.ifPresentOrElse(found::add, () -> problems.add(InvalidFieldsException.FieldProblem
						.of(at + "articleId", "problem.incident.source.noArticle", row.getArticleId())));
				continue;
			}
			String url = blankToNull(row.getUrl());
			if (url == null || org.incidentatlas.article.WebAddress.linkOrNull(url) == null) {
				problems.add(InvalidFieldsException.FieldProblem.of(at + "url", "problem.incident.source.url"));
				continue;
			}
			java.util.Optional<Article> stored = articles.findByUrl(url);
			if (stored.isPresent()) {
				found.add(stored.get());
				continue;
			}
			if (blankToNull(row.getTitle()) == null) {
				problems.add(InvalidFieldsException.FieldProblem.of(at + "title", "problem.incident.source.title"));
				continue;
			}
			DateRange published = DateRange.unknown();
			try {
				published = DateRange.parse(row.getPublished());
				if (published.isKnown() && published.from().isAfter(LocalDate.now(clock))) {
					problems
						.add(InvalidFieldsException.FieldProblem.of(at + "published", "problem.incident.date.future"));
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(InvalidFieldsException.FieldProblem.text(at + "published", ex.getMessage()));
			}
			if (problems.isEmpty()) {
				// checked only: a new article, not stored until the incident is
				Article article = new Article(null, row.getTitle().strip(), blankToNull(row.getPublisher()), url,
						published, null);
				found.add(create ? articles.saveAndFlush(article) : article);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.INCIDENT, problems);
		}
		return found.stream().distinct().toList();
	}

	private Incident load(long id) {
		return incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
	}

	private void apply(Incident incident, IncidentForm form, Resolved r) {
		incident.locate(r.countryCode(), r.place() == null ? null : r.place().id(), blankToNull(form.getLocality()),
				blankToNull(form.getStreet()), r.latitude(), r.longitude(), r.precision());
		incident.hideLocation(Boolean.TRUE.equals(form.getLocationHidden()));
		incident.setCasualties(form.getKilled(), form.getInjured());
		incident.code(form.getSubtype(), form.getTarget(), r.time());
		if (form.getGroups() != null) {
			incident.nameGroups(r.groups());
		}
	}

	private record Resolved(DateRange date, Place place, String countryCode, Double latitude, Double longitude,
			GeoPrecision precision, ReportedTime time, List<String> groups, List<Victim> victims) {
	}

	/**
	 * The checks that need the gazetteer and the calendar; every problem is reported at
	 * once.
	 */
	private Resolved resolve(IncidentForm form) {
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		DateRange date = DateRange.unknown();
		try {
			date = DateRange.parse(form.getDate());
			if (date.isKnown() && date.from().isAfter(LocalDate.now(clock))) {
				problems.add(InvalidFieldsException.FieldProblem.of("date", "problem.incident.date.future"));
			}
			if (date.isKnown() && date.from().getYear() < 1900) {
				problems.add(InvalidFieldsException.FieldProblem.of("date", "problem.incident.date.before1900"));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(InvalidFieldsException.FieldProblem.text("date", ex.getMessage()));
		}
		Place place = null;
		String placeText = blankToNull(form.getPlace());
		if (placeText != null) {
			place = gazetteer.byKey(placeText).orElse(null);
			if (place == null) {
				List<Place> matches = gazetteer.resolve(placeText);
				if (matches.size() == 1) {
					place = matches.get(0);
				}
				else if (matches.isEmpty()) {
					problems.add(InvalidFieldsException.FieldProblem.of("place", "problem.incident.place.unknown",
							placeText));
				}
				else {
					problems.add(InvalidFieldsException.FieldProblem.of("place", "problem.incident.place.ambiguous",
							placeText, String.join(", ", matches.stream().map(Place::key).toList())));
				}
			}
		}
		String country = blankToNull(form.getCountryCode());
		if (place != null && country != null && !country.equals(place.countryCode())) {
			problems.add(InvalidFieldsException.FieldProblem.of("countryCode", "problem.incident.countryCode.mismatch",
					place.countryCode(), country));
		}
		if (place != null) {
			country = place.countryCode();
		}
		Double lat = form.getLatitude();
		Double lon = form.getLongitude();
		if ((lat == null) != (lon == null)) {
			problems.add(InvalidFieldsException.FieldProblem.of(lat == null ? "latitude" : "longitude",
					"problem.incident.coordinates.pair"));
		}
		GeoPrecision precision = form.getPrecision();
		if (lat == null && place != null) {
			lat = place.latitude();
			lon = place.longitude();
			if (precision == null || precision == GeoPrecision.STREET) {
				precision = switch (place.kind()) {
					case DISTRICT -> GeoPrecision.DISTRICT;
					case MUNICIPALITY, CITY_REGION -> GeoPrecision.CITY;
					case PROVINCE, REGION -> GeoPrecision.REGION;
					case COUNTRY -> GeoPrecision.COUNTRY;
				};
			}
		}
		if (lat == null) {
			precision = GeoPrecision.UNKNOWN;
		}
		else if (precision == null || precision == GeoPrecision.UNKNOWN) {
			precision = form.getStreet() == null || form.getStreet().isBlank() ? GeoPrecision.CITY
					: GeoPrecision.STREET;
		}
		if (Boolean.TRUE.equals(form.getLocationHidden()) && namesHiddenStreet(form.getSummary(), form.getStreet())) {
			problems.add(InvalidFieldsException.FieldProblem.of("summary", "problem.incident.summary.hiddenStreet"));
		}
		if (form.getSubtype() != null && form.getType() != null && form.getSubtype().type() != form.getType()) {
			List<IncidentSubtype> allowed = IncidentSubtype.of(form.getType());
			problems.add(allowed.isEmpty()
					? InvalidFieldsException.FieldProblem.of("subtype", "problem.incident.subtype.none",
							form.getSubtype().token(), form.getSubtype().type().token(), form.getType().token())
					: InvalidFieldsException.FieldProblem.of("subtype", "problem.incident.subtype.other",
							form.getSubtype().token(), form.getSubtype().type().token(), form.getType().token(),
							String.join(", ", allowed.stream().map(IncidentSubtype::token).toList())));
		}
		ReportedTime time = null;
		try {
			time = ReportedTime.parse(form.getTimeOfDay());
		}
		catch (IllegalArgumentException ex) {
			problems.add(InvalidFieldsException.FieldProblem.text("timeOfDay", ex.getMessage()));
		}
		List<String> groups = new ArrayList<>();
		if (form.getGroups() != null) {
			for (String name : form.getGroups()) {
				String g = blankToNull(name);
				if (g != null && groups.stream().noneMatch(known -> known.equalsIgnoreCase(g))) {
					groups.add(g.replaceAll("\\s+", " "));
				}
			}
		}
		List<Victim> victims = new ArrayList<>();
		if (form.getVictims() != null) {
			for (IncidentForm.VictimForm v : form.getVictims()) {
				if (v != null && !v.isEmpty()) {
					victims.add(new Victim(v.getAge(), v.getGender() == null ? Gender.UNKNOWN : v.getGender(),
							v.getOutcome() == null ? VictimOutcome.UNKNOWN : v.getOutcome(),
							blankToNull(v.getDescription())));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.INCIDENT, problems);
		}
		return new Resolved(date, place, country, lat, lon, precision, time, groups, victims);
	}

	private Map<String, Object> snapshot(Incident i) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("type", i.getType());
		s.put("date", i.getDate().compact());
		s.put("place", i.getPlaceId() == null ? null : gazetteer.byId(i.getPlaceId()).map(Place::key).orElse(null));
		s.put("countryCode", i.getCountryCode());
		s.put("locality", i.getLocality());
		s.put("street", i.getStreet());
		s.put("latitude", i.getLatitude());
		s.put("longitude", i.getLongitude());
		s.put("precision", i.getGeoPrecision());
		s.put("locationHidden", i.isLocationHidden());
		s.put("killed", i.getKilled());
		s.put("injured", i.getInjured());
		s.put("summary", i.getSummary());
		s.put("subtype", i.getSubtype());
		s.put("target", i.getTarget());
		s.put("timeOfDay", i.getReportedTime() == null ? null : i.getReportedTime().compact());
		s.put("groups",
				i.getActors().isEmpty() ? null : String.join(", ", i.getActors().stream().map(Actor::name).toList()));
		s.put("victims",
				i.getVictims().isEmpty() ? null
						: String.join("; ", i.getVictims()
							.stream()
							.map(v -> (v.getAge() == null ? "?" : v.getAge().toString()) + " "
									+ v.getGender().name().toLowerCase() + " " + v.getOutcome().name().toLowerCase())
							.toList()));
		s.put("sources", i.getSources().isEmpty() ? null
				: String.join(",", i.getSources().stream().map(x -> x.getArticle().getId().toString()).toList()));
		s.put("status", i.getStatus());
		return s;
	}

	private static List<AuditTrail.Change> diff(Map<String, Object> before, Map<String, Object> after) {
		List<AuditTrail.Change> changes = new ArrayList<>();
		after.forEach((field, value) -> changes.add(AuditTrail.Change.of(field, before.get(field), value)));
		return changes;
	}

	/**
	 * Caches of answers are keyed by the data version: after the commit, this instance
	 * sees its own change at once.
	 */
	private void changed(long id) {
		events.publishEvent(new DataChanged(ENTITY, id));
	}

	/**
	 * The summary is public, so it must not give away a hidden street: its name without
	 * the house number ("Examplestraat" of "Examplestraat 12 bus 3"), compared without
	 * case or accents.
	 */
	static boolean namesHiddenStreet(String summary, String street) {
		if (summary == null || street == null) {
			return false;
		}
		String name = fold(street).replaceAll("\\b(bus|boite|box)\\b.*$", "").replaceAll("[0-9].*$", "").strip();
		return name.length() >= 4 && fold(summary).contains(name);
	}

	private static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("\\s+", " ");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
