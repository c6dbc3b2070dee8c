package org.incidentatlas.incident;

import java.util.List;

/** One page of a filtered list; {@code page} counts from 0. */
public record IncidentPage(List<IncidentView> items, int page, int size, long totalItems) {

	public int totalPages() {
		return (int) ((totalItems + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

}
