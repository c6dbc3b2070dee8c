package org.incidentatlas.review;

/**
 * An article as an editor submits it, in a form or as JSON. Every field is checked by
 * {@link ArticleIngestion}, which reports all problems at once.
 *
 * @param publishedOn YYYY-MM-DD, YYYY-MM or YYYY: as precisely as the publication date is
 * known
 * @param language en, nl or fr; blank to detect it from the text
 * @param text the article's text; an uploaded file's text replaces it
 */
public record Submission(String title, String publisher, String url, String publishedOn, String language, String text) {

	public static Submission empty() {
		return new Submission("", "", "", "", "", "");
	}

	Submission withText(String newText) {
		return new Submission(title, publisher, url, publishedOn, language, newText);
	}

	Submission withTitle(String newTitle) {
		return new Submission(newTitle, publisher, url, publishedOn, language, text);
	}

}
