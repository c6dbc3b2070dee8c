package org.incidentatlas.extraction;

/**
 * Where the text places something, as far as it says and no further. City, region and
 * district carry the gazetteer's English name where it has one (Antwerp, Brussels,
 * Liège).
 *
 * @param country ISO 3166 code, or null when even the country is unknown
 * @param street a street the text names ("Osystraat"), with the city it lies in
 * @param latitude the centroid of the most precise gazetteer place found, null when none
 * @param placeKey the gazetteer key of that place ("be-antwerpen-merksem"), null when
 * none
 */
public record ExtractedPlace(String country, String region, String city, String district, String street,
		Double latitude, Double longitude, PlacePrecision precision, String placeKey) {

	public static final ExtractedPlace UNKNOWN = new ExtractedPlace(null, null, null, null, null, null, null,
			PlacePrecision.UNKNOWN, null);

	public boolean isKnown() {
		return precision != PlacePrecision.UNKNOWN;
	}

}
