package org.incidentatlas.overview;

import java.util.List;
import java.util.Map;

/**
 * Where the atlas's data comes from and how much of each place and year it covers: the
 * articles reviewed, by publisher, and how many of them report on each place in each year
 * of publication. It tells readers what the counts elsewhere on the page rest on.
 *
 * @param articles every article reviewed
 * @param articlesWithoutRecords articles that yielded nothing to record
 * @param years years of publication, oldest first; {@link #UNDATED} when some articles
 * have no date
 * @param perYear articles reviewed per year of publication
 * @param places places reported on, most covered first, each with its articles per year
 * @param otherPlaces places left out of {@code places} to keep the table short
 */
public record Coverage(long articles, long articlesWithoutRecords, List<Integer> years, Map<Integer, Long> perYear,
		List<PlaceRow> places, int otherPlaces, List<Publisher> publishers) {

	public static final Integer UNDATED = -1;

	public long inYear(Integer year) {
		return perYear.getOrDefault(year, 0L);
	}

	/**
	 * @param key the gazetteer key, for a link to the place's incidents; null for a place
	 * outside it
	 * @param countryOnly the articles' records there are located no closer than the
	 * country
	 * @param total distinct articles about the place, whatever their year
	 */
	public record PlaceRow(String key, String name, boolean countryOnly, Map<Integer, Long> perYear, long total) {

		public long inYear(Integer year) {
			return perYear.getOrDefault(year, 0L);
		}

	}

	/**
	 * @param more articles of the publisher left out of {@code articles} to keep the list
	 * short
	 */
	public record Publisher(String name, long count, List<ArticleRef> articles, long more) {
	}

	/**
	 * @param url the article itself, only when it is an http(s) address
	 */
	public record ArticleRef(long id, String title, String url, String published, String language) {
	}

}
