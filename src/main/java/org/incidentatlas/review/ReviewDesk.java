package org.incidentatlas.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.audit.AuditTrail;
import org.incidentatlas.incident.Gender;
import org.incidentatlas.incident.IncidentEditor;
import org.incidentatlas.incident.IncidentForm;
import org.incidentatlas.incident.IncidentQueries;
import org.incidentatlas.incident.IncidentStatus;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.incident.Victim;
import org.incidentatlas.incident.VictimOutcome;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.statistic.Metric;
import org.incidentatlas.statistic.Qualifier;
import org.incidentatlas.statistic.ReportedStatistics;
import org.incidentatlas.system.InvalidFieldsException;
import org.incidentatlas.incident.IncidentSubtype;
import org.incidentatlas.incident.IncidentTarget;
import org.incidentatlas.time.DateRange;
import org.incidentatlas.system.RefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's decisions on proposals. Each decision runs in one transaction with its
 * audit rows: the incident or statistic it creates (through {@link IncidentEditor}, so
 * its checks and audit apply), the source it adds, and the proposal's new status. What
 * was proposed is never changed; the editor's corrections are stored beside it.
 */
@Service
@Transactional
public class ReviewDesk {

	static final String ENTITY = "PROPOSAL";

	private final Proposals proposals;

	private final DuplicateFinder duplicates;

	private final IncidentEditor editor;

	private final Gazetteer gazetteer;

	private final Validator validator;

	private final IncidentQueries incidents;

	private final ReportedStatistics statistics;

	private final AuditTrail audit;

	ReviewDesk(Proposals proposals, DuplicateFinder duplicates, IncidentEditor editor, Gazetteer gazetteer,
			Validator validator, IncidentQueries incidents, ReportedStatistics statistics, AuditTrail audit) {
		this.proposals = proposals;
		this.duplicates = duplicates;
		this.editor = editor;
		this.gazetteer = gazetteer;
		this.validator = validator;
		this.incidents = incidents;
		this.statistics = statistics;
		this.audit = audit;
	}

	/**
	 * What became of a proposal.
	 *
	 * @param corrected the fields the editor changed, with their new values
	 */
	public record Decision(long proposalId, ProposalStatus status, Long incidentId, Long statisticId,
			Map<String, String> corrected, String message) {
	}

	/**
	 * Accepts a proposal, with the editor's corrections (only changed fields are kept as
	 * corrections). It becomes a new published incident, unless it is merged: into
	 * {@code mergeInto} when given, or, on a plain accept, into the one existing incident
	 * that is strongly likely the same event. {@code createNew} makes a new incident even
	 * then.
	 */
	public Decision accept(long proposalId, Map<String, ?> corrections, Long mergeInto, boolean createNew,
			String username) {
		Proposals.Stored proposal = pending(proposalId);
		Map<String, String> corrected = ProposalValues.corrections(proposal.kind(), proposal.proposed(), corrections);
		ProposalValues values = new ProposalValues(proposal.proposed(), corrected);
		Optional<ProposalValues.Span> evidence = values.evidence().stream().findFirst();
		Integer start = evidence.map(ProposalValues.Span::start).orElse(null);
		Integer end = evidence.map(ProposalValues.Span::end).orElse(null);
		Decision decision = proposal.kind() == ProposalKind.STATISTIC
				? acceptStatistic(proposal, values, start, end, username)
				: acceptIncident(proposal, values, mergeInto, createNew, start, end, username);
		proposals.decide(proposalId, decision.status(), corrected, decision.incidentId(), decision.statisticId(),
				username, null);
		audit.record(ENTITY, proposalId, AuditAction.ACCEPT, username, corrected.entrySet()
			.stream()
			.map(c -> AuditTrail.Change.of(c.getKey(),
					ProposalValues.normalise(ProposalValues.extracted(proposal.proposed(), c.getKey())), c.getValue()))
			.toList(), decision.message());
		return decision;
	}

	public Decision reject(long proposalId, String reason, String username) {
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 1000) {
			throw InvalidFieldsException.submission("reason", "problem.review.reason.tooLong");
		}
		pending(proposalId);
		proposals.decide(proposalId, ProposalStatus.REJECTED, null, null, null, username, why);
		audit.record(ENTITY, proposalId, AuditAction.REJECT, username,
				List.of(AuditTrail.Change.of("status", "PENDING", "REJECTED")), why);
		return new Decision(proposalId, ProposalStatus.REJECTED, null, null, Map.of(), "Rejected.");
	}

	private Proposals.Stored pending(long proposalId) {
		Proposals.Stored proposal = proposals.lockForDecision(proposalId)
			.orElseThrow(() -> new RefusedException(HttpStatus.NOT_FOUND, "problem.notFound.proposal",
					"There is no proposal " + proposalId + ".", String.valueOf(proposalId)));
		if (proposal.status() != ProposalStatus.PENDING) {
			throw new RefusedException(HttpStatus.CONFLICT, "problem.review.decided." + proposal.status().token(),
					"Proposal " + proposalId + " was already " + proposal.status().token() + " by "
							+ proposal.decidedBy() + "; nothing was changed.",
					String.valueOf(proposalId), proposal.decidedBy());
		}
		return proposal;
	}

	private Decision acceptIncident(Proposals.Stored proposal, ProposalValues values, Long mergeInto, boolean createNew,
			Integer start, Integer end, String username) {
		Map<String, String> corrected = values.corrected();
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		List<Integer> ages = values.ages(problems);
		IncidentForm form;
		try {
			form = form(values);
		}
		catch (InvalidFieldsException ex) {
			problems.addAll(0, ex.problems());
			throw new InvalidFieldsException(InvalidFieldsException.Subject.SUBMISSION, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.SUBMISSION, problems);
		}
		long article = proposal.articleId();
		Long target = mergeInto;
		if (target == null && !createNew) {
			target = DuplicateFinder.single(duplicates.suggestions(DuplicateFinder.Event.of(values, article)))
				.map(Suggestion::incidentId)
				.orElse(null);
		}
		if (target != null) {
			IncidentStatus status = incidents.status(target).orElse(null);
			if (status == null || status == IncidentStatus.RETRACTED) {
				throw InvalidFieldsException.submission("mergeInto",
						status == null ? "problem.review.mergeInto.missing" : "problem.review.mergeInto.retracted",
						target);
			}
			editor.addSource(target, article, start, end, username,
					"Article " + article + " added as a source in review (proposal " + proposal.id() + ")");
			return new Decision(proposal.id(), ProposalStatus.MERGED, target, null, corrected,
					"Added as a source of incident " + target + ".");
		}
		Map<String, String> written = corrected.containsKey("summary") ? Map.of()
				: summaries(form, placeLabel(values), ages);
		if (!written.isEmpty()) {
			form.setSummary(written.get("en"));
		}
		long id = editor.create(form, victims(ages, form), username);
		written.forEach((language, summary) -> {
			if (!language.equals("en")) {
				editor.addTranslation(id, language, summary, null);
			}
		});
		editor.addSource(id, article, start, end, username, "Source of the review (proposal " + proposal.id() + ")");
		editor.publish(id, username);
		return new Decision(proposal.id(), ProposalStatus.ACCEPTED, id, null, corrected,
				"Published as incident " + id + ".");
	}

	/**
	 * One victim per age read from the article. The outcome is given only when the ages
	 * account for exactly the dead, or exactly the injured, and for nobody else: "an
	 * 11-year-old girl shot dead" is one victim, 11, killed; "a 45-year-old was shot dead
	 * by a 19-year-old" leaves both ages without an outcome, since one of them may be the
	 * shooter's.
	 */
	static List<Victim> victims(List<Integer> ages, IncidentForm form) {
		int killed = form.getKilled() == null ? 0 : form.getKilled();
		int injured = form.getInjured() == null ? 0 : form.getInjured();
		VictimOutcome outcome = killed == ages.size() && injured == 0 ? VictimOutcome.KILLED
				: injured == ages.size() && killed == 0 ? VictimOutcome.INJURED : VictimOutcome.UNKNOWN;
		return ages.stream().map(age -> new Victim(age, Gender.UNKNOWN, outcome, null)).toList();
	}

	/**
	 * An uncorrected summary is written again from the facts as accepted, in every
	 * language the atlas speaks, so it agrees with the editor's corrections to the toll,
	 * date or place, and each reader gets it in their language. A summary the editor
	 * wrote stays as it is, alone.
	 */
	static Map<String, String> summaries(IncidentForm form, String placeLabel, List<Integer> ages) {
		DateRange date;
		try {
			date = form.getDate() == null ? DateRange.unknown() : DateRange.parse(form.getDate());
		}
		catch (IllegalArgumentException ex) {
			return Map.of();
		}
		Map<String, String> written = new java.util.LinkedHashMap<>();
		for (String language : List.of("en", "fr", "nl")) {
			written.put(language, ProposalSummary.in(language)
				.write(form.getType(), date, placeLabel, form.getKilled(), form.getInjured(), ages));
		}
		return written;
	}

	/**
	 * The proposal's place label, or the gazetteer's name of the place the editor chose
	 * instead.
	 */
	private String placeLabel(ProposalValues values) {
		String key = values.text("place");
		if (values.corrected().containsKey("place") || values.corrected().containsKey("locality")) {
			return key == null ? values.text("locality") : gazetteer.byKey(key).map(Place::displayName).orElse(null);
		}
		return values.text("placeLabel");
	}

	/**
	 * The proposal's values as the incident form, checked field by field as the editor's
	 * own form is.
	 */
	IncidentForm form(ProposalValues values) {
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		IncidentType type = null;
		String typeToken = values.text("type");
		if (typeToken == null) {
			problems.add(InvalidFieldsException.FieldProblem.of("type", "problem.review.type.missing"));
		}
		else {
			type = IncidentType.fromToken(typeToken).orElse(null);
			if (type == null) {
				problems.add(InvalidFieldsException.FieldProblem.of("type", "problem.review.type.unknown", typeToken));
			}
		}
		Integer killed = values.integer("killed", problems);
		Integer injured = values.integer("injured", problems);
		String country = values.text("countryCode");
		IncidentForm form = new IncidentForm(type, values.text("date"), values.text("place"),
				country == null ? null : country.toUpperCase(Locale.ROOT), values.text("locality"),
				values.text("street"), null, null, null, false, killed, injured, values.text("summary"));
		// the extractor's coding hints, where it read any; a hint of another type's
		// sub-type is dropped
		String subtype = values.text("subtype");
		if (subtype != null && type != null) {
			IncidentSubtype.fromToken(subtype).filter(st -> st.type() == form.getType()).ifPresent(form::setSubtype);
		}
		String target = values.text("target");
		if (target != null) {
			IncidentTarget.fromToken(target).ifPresent(form::setTarget);
		}
		form.setTimeOfDay(values.text("timeOfDay"));
		groups(values, form);
		if (problems.isEmpty()) {
			for (ConstraintViolation<IncidentForm> v : validator.validate(form)) {
				problems.add(InvalidFieldsException.FieldProblem.text(v.getPropertyPath().toString(), v.getMessage()));
			}
			problems.addAll(editor.problems(form));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.SUBMISSION, problems);
		}
		return form;
	}

	private Decision acceptStatistic(Proposals.Stored proposal, ProposalValues values, Integer start, Integer end,
			String username) {
		Map<String, String> corrected = values.corrected();
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		Metric metric = parse(Metric.class, values.text("metric"), "metric", problems);
		Qualifier qualifier = Optional
			.ofNullable(parse(Qualifier.class, values.text("qualifier"), "qualifier", problems))
			.orElse(Qualifier.EXACT);
		BigDecimal value = null;
		try {
			String text = values.text("value");
			value = text == null ? null : new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (value == null || value.signum() < 0 || value.precision() - value.scale() > 12) {
			problems.add(InvalidFieldsException.FieldProblem.of("value", "problem.review.value"));
		}
		DateRange period = DateRange.unknown();
		try {
			period = DateRange.parse(values.text("period"));
		}
		catch (IllegalArgumentException ex) {
			problems.add(InvalidFieldsException.FieldProblem.text("period", ex.getMessage()));
		}
		if (!period.isKnown() && problems.stream().noneMatch(p -> p.field().equals("period"))) {
			problems.add(InvalidFieldsException.FieldProblem.of("period", "problem.review.period.missing"));
		}
		String key = values.text("place");
		Place place = key == null ? null : gazetteer.byKey(key).orElse(null);
		if (key != null && place == null) {
			problems.add(InvalidFieldsException.FieldProblem.of("place", "problem.review.place.unknownKey", key));
		}
		String label = values.text("placeLabel");
		if (label == null && place != null) {
			label = place.displayName();
		}
		if (label == null || label.length() > 200) {
			problems.add(InvalidFieldsException.FieldProblem.of("placeLabel", "problem.review.placeLabel"));
		}
		String country = values.text("countryCode");
		country = country == null ? place == null ? null : place.countryCode() : country.toUpperCase(Locale.ROOT);
		if (country != null && !country.matches("[A-Z]{2}")) {
			problems.add(InvalidFieldsException.FieldProblem.of("countryCode", "problem.review.countryCode"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.SUBMISSION, problems);
		}
		ReportedStatistics.Figure figure = new ReportedStatistics.Figure(null, place == null ? null : place.id(), label,
				country, period, metric, value, qualifier, null);
		ReportedStatistics.Source source = new ReportedStatistics.Source(proposal.articleId(), start, end);
		Long existing = statistics.findSame(figure).orElse(null);
		long article = proposal.articleId();
		if (existing != null) {
			statistics.addSource(existing, source);
			audit.record("STATISTIC", existing, AuditAction.EDIT, username,
					List.of(AuditTrail.Change.of("sources", null, Long.toString(article))),
					"Article " + article + " added as a source in review (proposal " + proposal.id() + ")");
			return new Decision(proposal.id(), ProposalStatus.MERGED, null, existing, corrected,
					"Added as a source of the same figure, statistic " + existing + ".");
		}
		long id = statistics.add(figure, List.of(source));
		audit.record("STATISTIC", id, AuditAction.CREATE, username, List.of(
				AuditTrail.Change.of("metric", null, metric.token()), AuditTrail.Change.of("value", null, value),
				AuditTrail.Change.of("period", null, period.compact()), AuditTrail.Change.of("place", null, label)),
				"Accepted in review (proposal " + proposal.id() + ")");
		return new Decision(proposal.id(), ProposalStatus.ACCEPTED, null, id, corrected,
				"Stored as statistic " + id + ".");
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String token, String field,
			List<InvalidFieldsException.FieldProblem> problems) {
		if (token == null) {
			if (!field.equals("qualifier")) {
				problems.add(InvalidFieldsException.FieldProblem.of(field, "problem.review." + field + ".missing"));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, token.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(InvalidFieldsException.FieldProblem.of(field, "problem.review." + field + ".unknown", token));
			return null;
		}
	}

	/**
	 * The groups the editor named on the review page (comma-separated), or the
	 * extractor's list.
	 */
	private static void groups(ProposalValues values, IncidentForm form) {
		String groups = values.text("groups");
		if (groups != null) {
			form.setGroups(java.util.Arrays.stream(groups.split(","))
				.map(String::strip)
				.filter(name -> !name.isEmpty())
				.distinct()
				.toList());
		}
	}

}
