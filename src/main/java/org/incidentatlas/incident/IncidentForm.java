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
 * {@link IncidentEditor} then checks what needs the gazetteer or the calendar.
 *
 * @param date YYYY, YYYY-MM, YYYY-MM-DD, YYYY-season or YYYY-Www; blank when not reported
 * @param place a gazetteer key or name (Merksem, be-antwerpen-merksem); blank when not in the gazetteer
 * @param precision how closely the coordinates locate it; derived from the place when blank
 */
public record IncidentForm(
		@NotNull(message = "{incident.form.type.required}") IncidentType type,
		@Size(max = 20) @Pattern(regexp = DATE, message = "{incident.form.date.pattern}") String date,
		@Size(max = 200) String place,
		@Pattern(regexp = "^$|^[A-Z]{2}$", message = "{incident.form.country.pattern}") String countryCode,
		@Size(max = 200) String locality,
		@Size(max = 300) String street,
		@DecimalMin("-90") @DecimalMax("90") Double latitude,
		@DecimalMin("-180") @DecimalMax("180") Double longitude,
		GeoPrecision precision,
		boolean locationHidden,
		@Min(0) @Max(10000) Integer killed,
		@Min(0) @Max(10000) Integer injured,
		@NotBlank(message = "{incident.form.summary.required}") @Size(max = 4000) String summary) {

	public static final String DATE = "^$|^\\d{4}(-\\d{2}(-\\d{2})?|-(spring|summer|autumn|winter)|-W\\d{2})?$";

	public static IncidentForm empty() {
		return new IncidentForm(null, "", "", "", "", "", null, null, null, false, null, null, "");
	}

}
