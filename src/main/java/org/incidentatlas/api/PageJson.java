package org.incidentatlas.api;

import java.util.List;

/** A page of results; {@code page} counts from 0. */
public record PageJson<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
}
