package org.incidentatlas.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.incidentatlas.article.Article;
import org.incidentatlas.system.InvalidFieldsException;
import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

/** An incident as editors write it. Views never see this class: they get records. */
@Entity
@Table(name = "incident")
public class Incident {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalKey;

	@Enumerated(EnumType.STRING)
	private IncidentType type;

	private LocalDate dateFrom;

	private LocalDate dateTo;

	@Enumerated(EnumType.STRING)
	private DatePrecision datePrecision;

	private String countryCode;

	private Integer placeId;

	private String locality;

	private String street;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private GeoPrecision geoPrecision = GeoPrecision.UNKNOWN;

	private boolean locationHidden;

	private Integer killed;

	private Integer injured;

	private String summary;

	private String sourceNote;

	@Enumerated(EnumType.STRING)
	private IncidentSubtype subtype;

	@Enumerated(EnumType.STRING)
	private IncidentTarget target;

	@Enumerated(EnumType.STRING)
	private TimeOfDay timeOfDay;

	private java.time.LocalTime timeReported;

	@Enumerated(EnumType.STRING)
	private ReportedTime.Precision timePrecision;

	@Enumerated(EnumType.STRING)
	private IncidentStatus status = IncidentStatus.DRAFT;

	private String retractionReason;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Victim> victims = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "incident_actor", joinColumns = @JoinColumn(name = "incident_id"))
	private Set<Actor> actors = new LinkedHashSet<>();

	@OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<IncidentSource> sources = new ArrayList<>();

	protected Incident() {
	}

	public Incident(IncidentType type, DateRange date, String summary) {
		this.type = type;
		setDate(date);
		this.summary = summary;
		this.updatedAt = Instant.now();
	}

	@PreUpdate
	void touch() {
		updatedAt = Instant.now();
	}

	public void setDate(DateRange date) {
		this.dateFrom = date.from();
		this.dateTo = date.to();
		this.datePrecision = date.precision();
	}

	/**
	 * Where it happened: the most specific gazetteer place known (or a locality outside
	 * the gazetteer), the street if named, and coordinates at the stated precision.
	 */
	public void locate(String countryCode, Integer placeId, String locality, String street, Double latitude,
			Double longitude, GeoPrecision precision) {
		if ((latitude == null) != (precision == GeoPrecision.UNKNOWN)) {
			throw new IllegalArgumentException("coordinates and their precision go together");
		}
		this.countryCode = countryCode;
		this.placeId = placeId;
		this.locality = locality;
		this.street = street;
		this.latitude = latitude;
		this.longitude = longitude;
		this.geoPrecision = precision;
	}

	public void hideLocation(boolean hidden) {
		this.locationHidden = hidden;
	}

	public void setCasualties(Integer killed, Integer injured) {
		this.killed = killed;
		this.injured = injured;
	}

	public void addVictim(Victim victim) {
		victim.attachTo(this, victims.size());
		victims.add(victim);
	}

	public void addActor(String name, Actor.Role role) {
		actors.add(new Actor(name, role));
	}

	/**
	 * Another article reports this incident. An article already among the sources is left
	 * as it is; a retracted incident gains no source.
	 * @return whether the article was added
	 */
	public boolean addSource(Article article, Integer evidenceStart, Integer evidenceEnd) {
		if (status == IncidentStatus.RETRACTED) {
			throw refused("sources", "problem.incident.retracted.noSource", id);
		}
		boolean known = sources.stream().anyMatch(s -> s.getArticle().getId().equals(article.getId()));
		if (!known) {
			sources.add(new IncidentSource(this, article, evidenceStart, evidenceEnd));
		}
		return !known;
	}

	/**
	 * In English: what the sources disagree about, when they do; null when they agree.
	 */
	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	/**
	 * The coding trackers use: the sub-type (one of this type's, or null), what was hit,
	 * and when in the day; each null when the sources do not say.
	 */
	public void code(IncidentSubtype subtype, IncidentTarget target, ReportedTime time) {
		if (subtype != null && subtype.type() != type) {
			throw new IllegalArgumentException(subtype.token() + " is not a sub-type of " + type.token());
		}
		this.subtype = subtype;
		this.target = target;
		this.timeOfDay = time == null ? null : time.part();
		this.timeReported = time == null ? null : time.time();
		this.timePrecision = time == null ? null : time.precision();
	}

	/** The groups named, in this order; a name already here keeps its role. */
	void nameGroups(List<String> names) {
		java.util.Map<String, Actor.Role> roles = new java.util.HashMap<>();
		actors.forEach(a -> roles.put(a.name(), a.role()));
		actors.clear();
		names.forEach(name -> actors.add(new Actor(name, roles.getOrDefault(name, Actor.Role.NAMED))));
	}

	void replaceVictims(List<Victim> replacement) {
		victims.clear();
		replacement.forEach(this::addVictim);
	}

	/** A draft becomes public. Only a draft can be published. */
	public void publish() {
		if (status != IncidentStatus.DRAFT) {
			throw refused("status", "problem.incident.publish." + status.name().toLowerCase(Locale.ROOT));
		}
		this.status = IncidentStatus.PUBLISHED;
	}

	/**
	 * What an editor changes; where it happened is set with {@link #locate}. A retracted
	 * incident stays as it was.
	 */
	void edit(IncidentType type, DateRange date, String summary) {
		requireEditable();
		this.type = type;
		setDate(date);
		this.summary = summary;
	}

	/**
	 * Refuses any change to a retracted incident: it stays as it was when it was taken
	 * back.
	 */
	void requireEditable() {
		if (status == IncidentStatus.RETRACTED) {
			throw refused("status", "problem.incident.retracted.noEdit");
		}
	}

	/**
	 * A draft or a published incident is taken back, with the reason readers are shown.
	 * Nothing is deleted; a retracted incident cannot be retracted again.
	 */
	void retract(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw refused("reason", "problem.incident.retract.reason");
		}
		if (status == IncidentStatus.RETRACTED) {
			throw refused("status", "problem.incident.retract.already");
		}
		this.status = IncidentStatus.RETRACTED;
		this.retractionReason = reason.strip();
	}

	/**
	 * This incident is a duplicate of {@code kept}: its sources join the kept incident,
	 * and it is retracted with a pointer to it. The kept incident must be published (a
	 * draft is not public, and merging into it would take a published duplicate away from
	 * readers with nothing to point to); a retracted incident cannot be merged.
	 */
	void mergeInto(Incident kept) {
		if (kept == this || (id != null && id.equals(kept.id))) {
			throw refused("into", "problem.incident.merge.itself");
		}
		if (status == IncidentStatus.RETRACTED) {
			throw refused("into", "problem.incident.merge.retracted", id);
		}
		if (kept.status != IncidentStatus.PUBLISHED) {
			throw refused("into", "problem.incident.merge.into." + kept.status.name().toLowerCase(Locale.ROOT),
					kept.id);
		}
		sources.forEach(source -> kept.addSource(source.getArticle(), null, null));
		this.status = IncidentStatus.RETRACTED;
		this.retractionReason = "Merged into incident " + kept.id;
	}

	private static InvalidFieldsException refused(String field, String code, Object... args) {
		return InvalidFieldsException.incident(field, code, args);
	}

	public Long getId() {
		return id;
	}

	public String getExternalKey() {
		return externalKey;
	}

	public void setExternalKey(String externalKey) {
		this.externalKey = externalKey;
	}

	public IncidentType getType() {
		return type;
	}

	public DateRange getDate() {
		return new DateRange(dateFrom, dateTo, datePrecision);
	}

	public Integer getPlaceId() {
		return placeId;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public String getLocality() {
		return locality;
	}

	public String getStreet() {
		return street;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public GeoPrecision getGeoPrecision() {
		return geoPrecision;
	}

	public boolean isLocationHidden() {
		return locationHidden;
	}

	public Integer getKilled() {
		return killed;
	}

	public Integer getInjured() {
		return injured;
	}

	public String getSummary() {
		return summary;
	}

	public String getSourceNote() {
		return sourceNote;
	}

	public List<IncidentSource> getSources() {
		return sources;
	}

	public IncidentSubtype getSubtype() {
		return subtype;
	}

	public IncidentTarget getTarget() {
		return target;
	}

	/** Null when the sources do not say. */
	public ReportedTime getReportedTime() {
		return timeOfDay == null ? null : new ReportedTime(timeOfDay, timeReported, timePrecision);
	}

	public Set<Actor> getActors() {
		return actors;
	}

	public List<Victim> getVictims() {
		return victims;
	}

	public IncidentStatus getStatus() {
		return status;
	}

	public String getRetractionReason() {
		return retractionReason;
	}

}
