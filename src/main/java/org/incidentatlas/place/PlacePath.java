package org.incidentatlas.place;

/**
 * A place seen as a reader sees it: country, region or province, city and district, each
 * only as far as it is known. The 19 Brussels communes read as districts of Brussels, and
 * a neighbourhood within one (Matonge) as its commune (Ixelles).
 */
public record PlacePath(Place country, Place region, Place city, Place district) {

	public static final PlacePath NONE = new PlacePath(null, null, null, null);

}
