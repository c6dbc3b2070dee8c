package org.incidentatlas.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
	 * Where it happened: the most specific gazetteer place known (or a locality outside the
	 * gazetteer), the street if named, and coordinates at the stated precision.
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

	public void addSource(Article article, Integer evidenceStart, Integer evidenceEnd) {
		boolean known = sources.stream().anyMatch(s -> s.getArticle().getId().equals(article.getId()));
		if (!known) {
			sources.add(new IncidentSource(this, article, evidenceStart, evidenceEnd));
		}
	}

	/** In English: what the sources disagree about, when they do; null when they agree. */
	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	/**
	 * The coding trackers use: the sub-type (one of this type's, or null), what was hit, and
	 * when in the day; each null when the sources do not say.
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

	public void publish() {
		this.status = IncidentStatus.PUBLISHED;
	}

	/** What an editor changes; where it happened is set with {@link #locate}. */
	void edit(IncidentType type, DateRange date, String summary) {
		this.type = type;
		setDate(date);
		this.summary = summary;
	}

	void retract(String reason) {
		this.status = IncidentStatus.RETRACTED;
		this.retractionReason = reason;
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

}
