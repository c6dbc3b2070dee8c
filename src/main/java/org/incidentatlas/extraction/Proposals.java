package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.place.Place;
import org.incidentatlas.time.DateRange;

/**
 * The proposal stage: one proposal per event. Drafts of one type whose dates overlap,
 * whose places agree and whose counts do not contradict are one event told twice (lead
 * and body, body and caption), and become one proposal with the best of each.
 */
final class Proposals {

	private final Places places;

	Proposals(Places places) {
		this.places = places;
	}

	List<Draft> merge(List<Draft> drafts) {
		return merge(drafts, DateRange.unknown());
	}

	/**
	 * The same; with the publication date known, an undated mention of a fresh event's
	 * kind is that event.
	 */
	List<Draft> merge(List<Draft> drafts, DateRange published) {
		List<Draft> merged = new ArrayList<>();
		Set<Draft> onlyDated = onlyDated(drafts);
		for (Draft d : drafts) {
			Draft same = null;
			for (Draft m : merged) {
				if (m.otherDaysThan(d)) {
					continue; // "Sunday night" and "the night of Monday to Tuesday": two
								// events, even in one month
				}
				if (sameEvent(m, d) || undatedMention(m, d, published, onlyDated) || reference(m, d)) {
					same = m;
					break;
				}
			}
			if (same == null && d.enumeration == 0) {
				same = countedMember(merged, d);
			}
			if (same == null) {
				merged.add(d);
			}
			else if (same.reference && !d.reference) {
				// the investigation told first, the event itself after: the event's place
				same.mergeWith(d);
				same.place = d.place.isKnown() ? d.place : same.place;
				same.reference = false;
			}
			else if (same.enumeration != 0 && !compatible(same.place, d.place)) {
				// a member of a count told in a place of its own in the count's city
				same.mergeWith(d);
				same.place = d.place;
			}
			else {
				same.mergeWith(d);
			}
		}
		merged.sort(Comparator.comparingInt(d -> d.evidence.get(0).start()));
		return merged;
	}

	/**
	 * "There were two shootings on Friday. ... At 1 a.m. shots were fired in Deurne.": a
	 * single telling after a count is one of the counted, the first not yet told whose
	 * details agree. The count may be placed by its story rather than by each of its
	 * members ("two houses in Antwerp were shot at", then one in Ekeren and one in
	 * Berendrecht): a member in the same city is one of them, with its own place.
	 */
	private Draft countedMember(List<Draft> merged, Draft d) {
		for (Draft m : merged) {
			if (m.enumeration != 0 && !m.merged && m.type == d.type && m.story == d.story && overlaps(m.date, d.date)
					&& (compatible(m.place, d.place) || sameCity(m.place, d.place))
					&& d.evidence.get(0).start() > m.evidence.get(0).start()) {
				m.merged = true;
				return m;
			}
		}
		return null;
	}

	/** How long before publication an event may be and still be the fresh news told. */
	private static final int FRESH_DAYS = 14;

	/**
	 * Document-level coreference: in one story, a mention without a date of its own of
	 * the same kind as the fresh event ("the shooting has raised concerns in
	 * Saint-Gilles") tells that event, unless it says it is another or an older one.
	 */
	/**
	 * The dated drafts that are the only dated event of their kind in their story: an
	 * undated mention of that kind there tells it, however old.
	 */
	private static Set<Draft> onlyDated(List<Draft> drafts) {
		java.util.Map<Integer, List<Draft>> byStory = new java.util.HashMap<>();
		for (Draft d : drafts) {
			if (d.date.isKnown()) {
				byStory.computeIfAbsent(d.story, k -> new ArrayList<>()).add(d);
			}
		}
		Set<Draft> only = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (List<Draft> story : byStory.values()) {
			for (Draft d : story) {
				if (story.stream().noneMatch(o -> o != d && Events.compatible(o.type, d.type))) {
					only.add(d);
				}
			}
		}
		return only;
	}

	private boolean undatedMention(Draft a, Draft b, DateRange published, Set<Draft> onlyDated) {
		if (a.story != b.story || a.enumeration != 0 || b.enumeration != 0 || b.another
				|| !Events.compatible(a.type, b.type) || !compatibleCount(a.killed, b.killed)
				|| !compatibleCount(a.injured, b.injured)) {
			return false;
		}
		Draft undated = !b.dated && !b.date.isKnown() ? b : !a.dated && !a.date.isKnown() ? a : null;
		boolean told;
		if (undated == null) {
			// two dated tellings of the fresh news, "in the night" in the headline and
			// "Thursday morning" in the body: one event
			told = !b.also && a.type == b.type && overlaps(a.date, b.date) && fresh(a.date, published)
					&& fresh(b.date, published);
		}
		else {
			Draft dated = undated == b ? a : b;
			// "two weeks ago there was a blast at the same house": the older event is not
			// the fresh news an undated mention tells
			told = !undated.also && dated.date.isKnown() && (fresh(dated.date, published) || onlyDated.contains(dated))
					&& !dated.ago;
		}
		return told && compatible(a.place, b.place);
	}

	/**
	 * "The investigation into the kidnapping" and the kidnapping told in the same story,
	 * before or after: one event, wherever the investigation is run.
	 */
	private static boolean reference(Draft a, Draft b) {
		return (a.reference || b.reference) && a.story == b.story && a.enumeration == 0 && b.enumeration == 0
				&& Events.compatible(a.type, b.type) && overlaps(a.date, b.date) && compatibleCount(a.killed, b.killed)
				&& compatibleCount(a.injured, b.injured);
	}

	private static boolean fresh(DateRange date, DateRange published) {
		return published.isKnown() && !date.from().isBefore(published.from().minusDays(FRESH_DAYS))
				&& !date.from().isAfter(published.to());
	}

	private boolean sameEvent(Draft a, Draft b) {
		if (a.enumeration != 0 && a.enumeration == b.enumeration) {
			return false;
		}
		if (b.another && !a.another) {
			return false; // "another shooting": not the one told before
		}
		if (a.type == IncidentType.KIDNAPPING && b.type == a.type && a.story == b.story
				&& (compatible(a.place, b.place) || onlyCountry(a.place) || onlyCountry(b.place)) && a.enumeration == 0
				&& b.enumeration == 0) {
			return true; // a kidnapping lasts: taken in April, freed in June, one story
							// tells one
		}
		if (a.ago != b.ago && !a.date.equals(b.date)) {
			return false; // "two weeks ago there was a blast at the same house": an older
							// event than the one the story tells first
		}
		if (a.type != b.type || !overlaps(a.date, b.date) || !compatible(a.place, b.place)
				|| !compatibleCount(a.killed, b.killed) || !compatibleCount(a.injured, b.injured)) {
			return false;
		}
		if (!a.date.isKnown() && !b.date.isKnown() && a.story == b.story && a.place.isKnown() && b.place.isKnown()
				&& a.place.precision().ordinal() <= PlacePrecision.CITY.ordinal()
				&& b.place.precision().ordinal() <= PlacePrecision.CITY.ordinal()) {
			return true; // a fresh report tells its one event twice, in the lead and in
							// the body
		}
		if (!a.date.isKnown() || !b.date.isKnown()) {
			// an older event told with its date ("two weeks ago", "already in March") is
			// not the undated fresh one, however alike their words
			return !(a.date.isKnown() && a.ago || b.date.isKnown() && b.ago) && similar(a, b);
		}
		if (a.date.precision() == org.incidentatlas.time.DatePrecision.DAY && a.date.equals(b.date)
				&& a.story == b.story) {
			return true; // one type, one day, places that agree: one event
		}
		boolean preciseDates = a.date.precision().ordinal() <= 2 && b.date.precision().ordinal() <= 2;
		boolean preciseAndSamePlace = preciseDates && a.place.placeKey() != null
				&& a.place.placeKey().equals(b.place.placeKey());
		return preciseAndSamePlace || similar(a, b);
	}

	private static boolean compatibleCount(Integer a, Integer b) {
		return a == null || b == null || a.equals(b);
	}

	private static boolean similar(Draft a, Draft b) {
		Set<String> wa = a.words();
		Set<String> wb = b.words();
		if (wa.isEmpty() || wb.isEmpty()) {
			return false;
		}
		int common = 0;
		for (String w : wa) {
			common += wb.contains(w) ? 1 : 0;
		}
		return common >= 0.5 * Math.min(wa.size(), wb.size());
	}

	static boolean overlaps(DateRange a, DateRange b) {
		if (!a.isKnown() || !b.isKnown()) {
			return true;
		}
		return !a.from().isAfter(b.to()) && !b.from().isAfter(a.to());
	}

	/**
	 * A place known only to its country: a victim taken in one country may be held in
	 * another.
	 */
	private static boolean onlyCountry(ExtractedPlace p) {
		return p.precision() == PlacePrecision.COUNTRY;
	}

	/** Two places in one city, whatever their districts. */
	private static boolean sameCity(ExtractedPlace a, ExtractedPlace b) {
		return a.city() != null && a.city().equals(b.city()) && a.country() != null && a.country().equals(b.country());
	}

	/**
	 * Two places agree when one is unknown, they are the same, or one lies inside the
	 * other.
	 */
	boolean compatible(ExtractedPlace a, ExtractedPlace b) {
		if (!a.isKnown() || !b.isKnown()) {
			return true;
		}
		if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
			return false;
		}
		if (a.street() != null && b.street() != null && !a.street().equalsIgnoreCase(b.street())) {
			return false; // a house on one street, a building on another: two targets
		}
		if (a.placeKey() == null || b.placeKey() == null) {
			return true;
		}
		Place pa = places.byKey(a.placeKey());
		Place pb = places.byKey(b.placeKey());
		return pa == null || pb == null || places.contains(pa, pb) || places.contains(pb, pa);
	}

}
