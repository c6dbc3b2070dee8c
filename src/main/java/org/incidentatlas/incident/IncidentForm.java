package org.incidentatlas.incident;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An incident as an editor writes it, in a form or as JSON. Bean Validation checks each
 * field; {@link IncidentEditor} then checks what needs the gazetteer or the calendar. A
 * plain bean rather than a record, so that a form keeps every typed value, even one that
 * did not convert.
 * <ul>
 * <li>{@code date}: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-season or YYYY-Www; blank when not
 * reported</li>
 * <li>{@code place}: a gazetteer key or name (Merksem, be-antwerpen-merksem); blank when
 * not in the gazetteer</li>
 * <li>{@code precision}: how closely the coordinates locate it; derived from the place
 * when blank</li>
 * <li>{@code subtype}, {@code target}: the coding trackers use; blank when not
 * reported</li>
 * <li>{@code timeOfDay}: night, morning, afternoon, evening, 03:15 or 03h; blank when not
 * reported</li>
 * <li>{@code groups}: the groups named; {@code victims}: the people harmed or targeted;
 * each left as they are on an edit when absent (null)</li>
 * <li>{@code sources}: articles already stored ({@code articleId}) or new ones (url,
 * title, publisher, published); a new incident needs at least one, an edit adds them</li>
 * </ul>
 */
public class IncidentForm {

	/**
	 * PostgreSQL cannot store NUL in text: refused here, naming the field, rather than
	 * failing the insert.
	 */
	static final String NO_NUL = "[^\\x00]*";

	public static final String DATE = "^$|^\\d{4}(-\\d{2}(-\\d{2})?|-(spring|summer|autumn|winter)|-W\\d{2})?$";

	@NotNull(message = "{incident.form.type.required}")
	private IncidentType type;

	@Size(max = 20)
	@Pattern(regexp = DATE, message = "{incident.form.date.pattern}")
	private String date;

	@Size(max = 200)
	@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String place;

	@Pattern(regexp = "^$|^[A-Z]{2}$", message = "{incident.form.country.pattern}")
	private String countryCode;

	@Size(max = 200)
	@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String locality;

	@Size(max = 300)
	@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String street;

	@DecimalMin("-90")
	@DecimalMax("90")
	private Double latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	private Double longitude;

	private GeoPrecision precision;

	private Boolean locationHidden;

	@Min(0)
	@Max(10000)
	private Integer killed;

	@Min(0)
	@Max(10000)
	private Integer injured;

	@NotBlank(message = "{incident.form.summary.required}")
	@Size(max = 4000)
	@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String summary;

	private IncidentSubtype subtype;

	private IncidentTarget target;

	@Size(max = 20)
	@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String timeOfDay;

	@Size(max = 20)
	private java.util.List<@Size(max = 200) @Pattern(regexp = NO_NUL,
			message = "{incident.form.text.nul}") String> groups;

	@Size(max = 50)
	@jakarta.validation.Valid
	private java.util.List<VictimForm> victims;

	@Size(max = 20)
	@jakarta.validation.Valid
	private java.util.List<SourceForm> sources;

	/** A person harmed or targeted; a row with nothing filled in is ignored. */
	public static class VictimForm {

		@Min(0)
		@Max(120)
		private Integer age;

		private Gender gender;

		private VictimOutcome outcome;

		@Size(max = 500)
		@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
		private String description;

		public VictimForm() {
		}

		public VictimForm(Integer age, Gender gender, VictimOutcome outcome, String description) {
			this.age = age;
			this.gender = gender;
			this.outcome = outcome;
			this.description = description;
		}

		boolean isEmpty() {
			return age == null && (gender == null || gender == Gender.UNKNOWN)
					&& (outcome == null || outcome == VictimOutcome.UNKNOWN)
					&& (description == null || description.isBlank());
		}

		public Integer getAge() {
			return age;
		}

		public void setAge(Integer age) {
			this.age = age;
		}

		public Gender getGender() {
			return gender;
		}

		public void setGender(Gender gender) {
			this.gender = gender;
		}

		public VictimOutcome getOutcome() {
			return outcome;
		}

		public void setOutcome(VictimOutcome outcome) {
			this.outcome = outcome;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	/**
	 * A source: an article already stored ({@code articleId}), or a new one by its
	 * address, title, publisher and publication date (YYYY-MM-DD, YYYY-MM or YYYY). A row
	 * with nothing filled in is ignored.
	 */
	public static class SourceForm {

		private Long articleId;

		@Size(max = 2000)
		@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
		private String url;

		@Size(max = 500)
		@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
		private String title;

		@Size(max = 200)
		@Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
		private String publisher;

		@Size(max = 20)
		@Pattern(regexp = DATE, message = "{incident.form.date.pattern}")
		private String published;

		public SourceForm() {
		}

		public SourceForm(Long articleId, String url, String title, String publisher, String published) {
			this.articleId = articleId;
			this.url = url;
			this.title = title;
			this.publisher = publisher;
			this.published = published;
		}

		boolean isEmpty() {
			return articleId == null && blank(url) && blank(title) && blank(publisher) && blank(published);
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		public Long getArticleId() {
			return articleId;
		}

		public void setArticleId(Long articleId) {
			this.articleId = articleId;
		}

		public String getUrl() {
			return url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getPublisher() {
			return publisher;
		}

		public void setPublisher(String publisher) {
			this.publisher = publisher;
		}

		public String getPublished() {
			return published;
		}

		public void setPublished(String published) {
			this.published = published;
		}

	}

	public IncidentForm() {
	}

	public IncidentForm(IncidentType type, String date, String place, String countryCode, String locality,
			String street, Double latitude, Double longitude, GeoPrecision precision, Boolean locationHidden,
			Integer killed, Integer injured, String summary) {
		this.type = type;
		this.date = date;
		this.place = place;
		this.countryCode = countryCode;
		this.locality = locality;
		this.street = street;
		this.latitude = latitude;
		this.longitude = longitude;
		this.precision = precision;
		this.locationHidden = locationHidden;
		this.killed = killed;
		this.injured = injured;
		this.summary = summary;
	}

	public IncidentType getType() {
		return type;
	}

	public void setType(IncidentType type) {
		this.type = type;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getLocality() {
		return locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public Double getLatitude() {
		return latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public GeoPrecision getPrecision() {
		return precision;
	}

	public void setPrecision(GeoPrecision precision) {
		this.precision = precision;
	}

	public Boolean getLocationHidden() {
		return locationHidden;
	}

	public void setLocationHidden(Boolean locationHidden) {
		this.locationHidden = locationHidden;
	}

	public Integer getKilled() {
		return killed;
	}

	public void setKilled(Integer killed) {
		this.killed = killed;
	}

	public Integer getInjured() {
		return injured;
	}

	public void setInjured(Integer injured) {
		this.injured = injured;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public IncidentSubtype getSubtype() {
		return subtype;
	}

	public void setSubtype(IncidentSubtype subtype) {
		this.subtype = subtype;
	}

	public IncidentTarget getTarget() {
		return target;
	}

	public void setTarget(IncidentTarget target) {
		this.target = target;
	}

	public String getTimeOfDay() {
		return timeOfDay;
	}

	public void setTimeOfDay(String timeOfDay) {
		this.timeOfDay = timeOfDay;
	}

	public java.util.List<String> getGroups() {
		return groups;
	}

	public void setGroups(java.util.List<String> groups) {
		this.groups = groups;
	}

	public java.util.List<VictimForm> getVictims() {
		return victims;
	}

	public void setVictims(java.util.List<VictimForm> victims) {
		this.victims = victims;
	}

	public java.util.List<SourceForm> getSources() {
		return sources;
	}

	public void setSources(java.util.List<SourceForm> sources) {
		this.sources = sources;
	}

}
