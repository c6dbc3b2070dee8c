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
 * An incident as an editor writes it, in a form or as JSON. Bean Validation checks each field;
 * {@link IncidentEditor} then checks what needs the gazetteer or the calendar. A plain bean
 * rather than a record, so that a form keeps every typed value, even one that did not convert.
 * <ul>
 * <li>{@code date}: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-season or YYYY-Www; blank when not reported</li>
 * <li>{@code place}: a gazetteer key or name (Merksem, be-antwerpen-merksem); blank when not in the gazetteer</li>
 * <li>{@code precision}: how closely the coordinates locate it; derived from the place when blank</li>
 * </ul>
 */
public class IncidentForm {

	/** PostgreSQL cannot store NUL in text: refused here, naming the field, rather than failing the insert. */
	static final String NO_NUL = "[^\\x00]*";

	public static final String DATE = "^$|^\\d{4}(-\\d{2}(-\\d{2})?|-(spring|summer|autumn|winter)|-W\\d{2})?$";

	@NotNull(message = "{incident.form.type.required}")
	private IncidentType type;

	@Size(max = 20) @Pattern(regexp = DATE, message = "{incident.form.date.pattern}")
	private String date;

	@Size(max = 200) @Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String place;

	@Pattern(regexp = "^$|^[A-Z]{2}$", message = "{incident.form.country.pattern}")
	private String countryCode;

	@Size(max = 200) @Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String locality;

	@Size(max = 300) @Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String street;

	@DecimalMin("-90") @DecimalMax("90")
	private Double latitude;

	@DecimalMin("-180") @DecimalMax("180")
	private Double longitude;

	private GeoPrecision precision;

	private Boolean locationHidden;

	@Min(0) @Max(10000)
	private Integer killed;

	@Min(0) @Max(10000)
	private Integer injured;

	@NotBlank(message = "{incident.form.summary.required}") @Size(max = 4000) @Pattern(regexp = NO_NUL, message = "{incident.form.text.nul}")
	private String summary;

	public IncidentForm() {
	}

	public IncidentForm(IncidentType type, String date, String place, String countryCode, String locality, String street, Double latitude, Double longitude, GeoPrecision precision, Boolean locationHidden, Integer killed, Integer injured, String summary) {
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

}
