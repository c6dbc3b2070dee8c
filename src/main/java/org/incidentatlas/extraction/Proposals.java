package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.incidentatlas.place.Place;
import org.incidentatlas.time.DateRange;

/**
 * The proposal stage: one proposal per event. Drafts of one type whose dates overlap, whose
 * places agree and whose counts do not contradict are one event told twice (lead and body,
 * body and caption), and become one proposal with the best of each.
 */
final class Proposals {

	private final Places places;

	Proposals(Places places) {
		this.places = places;
	}

	List<Draft> merge(List<Draft> drafts) {
		List<Draft> merged = new ArrayList<>();
		for (Draft d : drafts) {
			Draft same = null;
			for (Draft m : merged) {
				if (sameEvent(m, d)) {
					same = m;
					break;
				}
			}
			if (same == null) {
				merged.add(d);
			}
			else {
				same.mergeWith(d);
			}
		}
		merged.sort(Comparator.comparingInt(d -> d.evidence.get(0).start()));
		return merged;
	}

	private boolean sameEvent(Draft a, Draft b) {
		if (a.type != b.type || !overlaps(a.date, b.date) || !compatible(a.place, b.place)
				|| !compatibleCount(a.killed, b.killed) || !compatibleCount(a.injured, b.injured)) {
			return false;
		}
		if (!a.date.isKnown() || !b.date.isKnown()) {
			return similar(a, b);
		}
		boolean preciseDates = a.date.precision().ordinal() <= 2 && b.date.precision().ordinal() <= 2;
		boolean preciseAndSamePlace = preciseDates && a.place.placeKey() != null && a.place.placeKey().equals(b.place.placeKey());
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

	/** Two places agree when one is unknown, they are the same, or one lies inside the other. */
	boolean compatible(ExtractedPlace a, ExtractedPlace b) {
		if (!a.isKnown() || !b.isKnown()) {
			return true;
		}
		if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
			return false;
		}
		if (a.placeKey() == null || b.placeKey() == null) {
			return true;
		}
		Place pa = places.byKey(a.placeKey());
		Place pb = places.byKey(b.placeKey());
		return pa == null || pb == null || places.contains(pa, pb) || places.contains(pb, pa);
	}

}
