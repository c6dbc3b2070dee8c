package org.incidentatlas.place;

/** Where a place sits in the administrative hierarchy. */
public enum PlaceKind {

	COUNTRY, REGION,
	/** A region that readers call a city and that has no province: Brussels. */
	CITY_REGION, PROVINCE, MUNICIPALITY, DISTRICT;

	/** Places a reader would call a city or a part of one. */
	public boolean isLocal() {
		return this == CITY_REGION || this == MUNICIPALITY || this == DISTRICT;
	}

}
