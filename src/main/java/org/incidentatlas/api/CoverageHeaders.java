package org.incidentatlas.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.analysis.FilterCoverage;

/**
 * What a downloaded file rests on, in its HTTP headers, so the file's own columns stay
 * plain for spreadsheets: {@code X-Articles-Reviewed} (reviewed articles with a record in
 * the filter's places and dates), {@code X-Reported-Figures-Above-Recorded} (figures
 * sources reported there that exceed what the atlas records) and a {@code Link} to
 * {@code /api/coverage} with the same filters, which says both in words.
 */
public final class CoverageHeaders {

	private CoverageHeaders() {
	}

	public static void add(HttpServletResponse response, HttpServletRequest request, FilterCoverage coverage) {
		response.setHeader("X-Articles-Reviewed", Long.toString(coverage.articles()));
		response.setHeader("X-Reported-Figures-Above-Recorded", Integer.toString(coverage.gaps().size()));
		String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
		response.addHeader("Link", "</api/coverage" + query.replace(">", "%3E") + ">; rel=\"describedby\"");
	}

}
