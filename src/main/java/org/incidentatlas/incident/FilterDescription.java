package org.incidentatlas.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.incidentatlas.place.Gazetteer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A filter in words, for a reader who sees a map or a chart without its filter bar (an
 * embed, a shared link, a downloaded file): "Shooting, Explosion · Antwerp · 2019-2023".
 */
@Component
public class FilterDescription {

	private final MessageSource messages;

	private final Gazetteer gazetteer;

	FilterDescription(MessageSource messages, Gazetteer gazetteer) {
		this.messages = messages;
		this.gazetteer = gazetteer;
	}

	public String describe(IncidentFilter filter, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(types(filter.types(), locale));
		if (filter.placeIds().size() == 1) {
			gazetteer.byId(filter.placeIds().get(0)).ifPresent(place -> parts.add(place.name(locale)));
		}
		else if (filter.city() != null) {
			parts.add(filter.city());
		}
		if (!filter.years().isEmpty()) {
			parts.add(filter.yearsText());
		}
		if (filter.from() != null || filter.to() != null) {
			parts.add((filter.from() == null ? "…" : filter.from().toString()) + " – "
					+ (filter.to() == null ? "…" : filter.to().toString()));
		}
		if (filter.minKilled() != null) {
			parts.add(messages.getMessage("filter.describe.minKilled", new Object[] { filter.minKilled() }, locale));
		}
		if (filter.q() != null) {
			parts.add("“" + filter.q() + "”");
		}
		IncidentFilter.Codes codes = filter.codes();
		if (!codes.subtypes().isEmpty()) {
			parts.add(String.join(", ",
					codes.subtypes()
						.stream()
						.map(s -> messages.getMessage("subtype." + s.token(), null, locale))
						.toList()));
		}
		if (!codes.targets().isEmpty()) {
			parts.add(messages.getMessage("filter.describe.target",
					new Object[] { String.join(", ",
							codes.targets()
								.stream()
								.map(t -> messages.getMessage("target." + t.token(), null, locale))
								.toList()) },
					locale));
		}
		if (!codes.timesOfDay().isEmpty()) {
			parts.add(String.join(", ",
					codes.timesOfDay()
						.stream()
						.map(t -> messages.getMessage("timeOfDay." + t.token(), null, locale))
						.toList()));
		}
		if (!codes.groups().isEmpty()) {
			parts.add(messages.getMessage("filter.describe.groups", new Object[] { String.join(", ", codes.groups()) },
					locale));
		}
		if (filter.precision().vagueOnly()) {
			parts.add(messages.getMessage("filter.describe.vague", null, locale));
		}
		else if (!filter.precision().isAny()) {
			parts.add(messages.getMessage("filter.describe.precision",
					new Object[] { String.join(", ",
							filter.precision()
								.precisions()
								.stream()
								.map(p -> messages.getMessage("geo." + p.token(), null, p.token(), locale))
								.toList()) },
					locale));
		}
		return String.join(" · ", parts);
	}

	private String types(Set<IncidentType> types, Locale locale) {
		if (types.size() == IncidentType.values().length) {
			return messages.getMessage("filter.types.all", null, locale);
		}
		if (types.equals(IncidentType.of(IncidentFamily.VIOLENCE))) {
			return messages.getMessage("filter.types.violence", null, locale);
		}
		if (types.equals(IncidentType.of(IncidentFamily.ENFORCEMENT))) {
			return messages.getMessage("filter.types.enforcement", null, locale);
		}
		return String.join(", ",
				types.stream().map(t -> messages.getMessage("type." + t.token(), null, locale)).toList());
	}

}
