package org.incidentatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DateRange;

/** An event being built from its mentions, before it becomes a proposal. */
final class Draft {

	IncidentType type;

	DateRange date;

	ExtractedPlace place;

	Integer killed;

	Integer injured;

	/**
	 * Whether {@code injured} is only a trigger's wording ("was shot"): a death told of
	 * the event overrides it.
	 */
	boolean injuredByWording;

	final List<Integer> ages = new ArrayList<>();

	final List<Evidence> evidence = new ArrayList<>();

	final int story;

	int lastSentence;

	boolean dated;

	boolean placed;

	boolean quoted;

	/**
	 * Drafts counted out of one plural ("two grenade attacks") share a group and never
	 * merge with each other; 0 for none.
	 */
	int enumeration;

	/** Whether a later telling has been merged into this member of a counted group. */
	boolean merged;

	/** Whether a later sentence has told more of this one event. */
	boolean told;

	/**
	 * Whether the mention says it is a new event of a kind told before: "another
	 * shooting", "une nouvelle fusillade".
	 */
	boolean another;

	/** Whether the sentence says it tells an older event too: "also", "already". */
	boolean also;

	/**
	 * Whether the sentence counts its time back: "two weeks ago", "geleden", "il y a".
	 */
	boolean ago;

	/**
	 * Whether the mention speaks of an event told elsewhere in the story ("the
	 * investigation into the kidnapping"), whose own place may be the investigators'.
	 */
	boolean reference;

	/**
	 * The days of the week the event's date was told by, one bit each
	 * ({@link Dates.Mention#weekdays()}); 0 when none was named.
	 */
	int weekdays;

	private Set<String> words;

	Draft(IncidentType type, DateRange date, ExtractedPlace place, int sentence, int story) {
		this.type = type;
		this.date = date;
		this.place = place;
		this.lastSentence = sentence;
		this.story = story;
	}

	/** The words of the first passage, for comparing two tellings. */
	Set<String> words() {
		if (words == null) {
			words = words(evidence.get(0).text());
		}
		return words;
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (w.length() > 3) {
				words.add(w);
			}
		}
		return words;
	}

	/** The date mention the event was told with, or null for none. */
	void datedBy(Dates.Mention date) {
		dated = date != null;
		weekdays = date == null ? 0 : date.weekdays();
	}

	/**
	 * Whether the two were told on days of the week that cannot be one night: two events,
	 * whatever their dates resolve to.
	 */
	boolean otherDaysThan(Draft other) {
		return Dates.otherDays(weekdays, other.weekdays);
	}

	/** The next sentence tells more of the same event. */
	void absorb(Sentences.Sentence s, int index, DateRange newDate, ExtractedPlace newPlace, Casualties.Count count) {
		evidence.add(Document.evidence(s));
		lastSentence = Math.max(lastSentence, index);
		if (!date.isKnown() && newDate != null) {
			date = newDate;
			dated = true;
		}
		refinePlace(newPlace);
		// each count from the first sentence that gives it: "two dead", then "three
		// others were wounded"
		// a killing has its dead: a victim who survived is another event's
		boolean survivorOfAKilling = type == IncidentType.HOMICIDE && Integer.valueOf(0).equals(count.killed());
		killed = killed != null || survivorOfAKilling ? killed : count.killed();
		if (injured == null && count.injured() != null) {
			injured = count.injured();
			injuredByWording = count.injuredByWording();
		}
		forgetWordingInjury();
		count.ages().stream().filter(a -> !ages.contains(a)).forEach(ages::add);
	}

	/**
	 * "Shot dead" in the lead and "was shot outside his home" in the body are one victim,
	 * dead: the wording of the second is no injury.
	 */
	private void forgetWordingInjury() {
		if (injuredByWording && killed != null && killed > 0) {
			injured = null;
			injuredByWording = false;
		}
	}

	void mergeWith(Draft other) {
		for (Evidence e : other.evidence) {
			if (evidence.stream().noneMatch(x -> x.start() == e.start())) {
				evidence.add(e);
			}
		}
		evidence.sort(Comparator.comparingInt(Evidence::start));
		if (type == IncidentType.KIDNAPPING && other.date.isKnown() && date.isKnown()
				&& !Proposals.overlaps(date, other.date)) {
			date = other.date.from().isBefore(date.from()) ? other.date : date; // taken,
																				// then
																				// freed:
																				// the
																				// taking
																				// is the
																				// event
		}
		else if (other.date.isKnown()
				&& (!date.isKnown() || other.date.precision().ordinal() < date.precision().ordinal())) {
			date = other.date;
		}
		if (type != other.type) {
			type = Events.refined(type, other.type);
		}
		refinePlace(other.place);
		killed = killed != null ? killed : other.killed;
		if (injured == null && other.injured != null) {
			injured = other.injured;
			injuredByWording = other.injuredByWording;
		}
		forgetWordingInjury();
		other.ages.stream().filter(a -> !ages.contains(a)).forEach(ages::add);
		dated |= other.dated;
		weekdays = weekdays != 0 ? weekdays : other.weekdays;
		placed |= other.placed;
		quoted &= other.quoted;
	}

	void refinePlace(ExtractedPlace other) {
		if (other.isKnown() && (!place.isKnown() || other.precision().ordinal() < place.precision().ordinal())) {
			place = other;
			placed = true;
		}
	}

	double confidence() {
		double c = 0.45;
		c += dated ? 0.2 : 0;
		c += placed ? 0.15 : 0;
		c += place.precision().ordinal() <= PlacePrecision.CITY.ordinal() ? 0.05 : 0;
		c += killed != null || injured != null ? 0.05 : 0;
		c += Math.min(0.1, 0.05 * (evidence.size() - 1));
		c -= quoted ? 0.2 : 0;
		return Math.round(Math.max(0.05, Math.min(0.98, c)) * 100) / 100.0;
	}

	ProposedIncident toIncident() {
		// victims told hurt and not dead survived: "one man was wounded" is killed 0
		Integer dead = killed == null && injured != null && injured > 0 ? Integer.valueOf(0) : killed;
		return new ProposedIncident(type, date, place, dead, injured, ages, evidence, confidence());
	}

	ProposedEnforcement toEnforcement() {
		return new ProposedEnforcement(type, date, place, evidence, confidence());
	}

}
