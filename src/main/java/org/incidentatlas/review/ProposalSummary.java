package org.incidentatlas.review;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DateRange;

/**
 * A proposal's first summary, written from its facts alone in one of the atlas's
 * languages: "Shooting in Borgerhout, Antwerp, 2 April 2023: 1 killed." The words come
 * from the message files (keys {@code proposal.summary.*} and {@code type.*}), so an
 * article in Dutch gets a Dutch summary and the editor reads the proposal in the
 * article's language. Nothing is said that the facts don't hold: an unknown toll is left
 * out, never written as 0.
 */
public final class ProposalSummary {

	private final Locale language;

	private final ResourceBundle words;

	private ProposalSummary(Locale language) {
		this.language = language;
		this.words = ResourceBundle.getBundle("messages", language,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * The writer for a language token ("en", "fr", "nl"); any other token writes English.
	 */
	public static ProposalSummary in(String languageToken) {
		String token = languageToken == null ? "en" : languageToken.toLowerCase(Locale.ROOT);
		return new ProposalSummary(switch (token) {
			case "fr", "nl" -> Locale.forLanguageTag(token);
			default -> Locale.ENGLISH;
		});
	}

	/** The language this writer writes, as a token ("en", "fr", "nl"). */
	public String language() {
		return language.getLanguage();
	}

	/**
	 * One sentence (two when victims' ages are known) from the facts; {@code place} is a
	 * display label or null, {@code killed}/{@code injured} null when not reported.
	 */
	public String write(IncidentType type, DateRange date, String place, Integer killed, Integer injured,
			List<Integer> ages) {
		StringBuilder s = new StringBuilder(
				type == null ? text("proposal.summary.event") : text("type." + type.token()));
		if (place != null && !place.isBlank()) {
			s.append(text("proposal.summary.in", place));
		}
		if (date != null && date.isKnown()) {
			s.append(text("proposal.summary.on", date.label(language)));
		}
		List<String> tolls = new ArrayList<>();
		if (killed != null) {
			tolls.add(text("proposal.summary.killed", killed));
		}
		if (injured != null) {
			tolls.add(text("proposal.summary.injured", injured));
		}
		if (!tolls.isEmpty()) {
			s.append(text("proposal.summary.toll", String.join(", ", tolls)));
		}
		s.append('.');
		if (ages != null && !ages.isEmpty()) {
			s.append(' ')
				.append(text("proposal.summary.ages", ages.size(),
						ages.stream().map(String::valueOf).collect(Collectors.joining(", "))));
		}
		return s.toString();
	}

	private String text(String key, Object... args) {
		String pattern;
		try {
			pattern = words.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("The message files lack " + key + " for " + language, ex);
		}
		return new MessageFormat(pattern, language).format(args);
	}

}
