package org.incidentatlas.incident;

import java.util.Locale;

import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A gazetteer key as an editor reads it: "be-antwerpen-borgerhout" becomes "Borgerhout
 * (district, Antwerp)", in the reader's language. Templates call it as
 * {@code @placeLabels}.
 */
@Component("placeLabels")
public class PlaceLabels {

	private final Gazetteer gazetteer;

	private final MessageSource messages;

	PlaceLabels(Gazetteer gazetteer, MessageSource messages) {
		this.gazetteer = gazetteer;
		this.messages = messages;
	}

	/**
	 * The place's name, kind and parent; the text itself when it is no gazetteer key; ""
	 * for null.
	 */
	public String label(Object keyOrText) {
		if (keyOrText == null || keyOrText.toString().isBlank()) {
			return "";
		}
		String text = keyOrText.toString();
		Locale locale = LocaleContextHolder.getLocale();
		return gazetteer.byKey(text).map(place -> {
			String kind = messages.getMessage("place.kind." + place.kind().name().toLowerCase(Locale.ROOT), null,
					place.kind().name().toLowerCase(Locale.ROOT), locale);
			String parent = place.parentId() == null ? null
					: gazetteer.byId(place.parentId()).map(p -> p.name(locale)).orElse(null);
			return place.name(locale) + " (" + kind + (parent == null ? "" : ", " + parent) + ")";
		}).orElse(text);
	}

	/** Whether the text is a gazetteer key, which {@link #label} turns into a name. */
	public boolean isKey(Object text) {
		return text != null && gazetteer.byKey(text.toString()).map(Place::key).isPresent();
	}

}
