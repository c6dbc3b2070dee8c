package org.incidentatlas.api.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.incidentatlas.incident.IncidentFilterParser;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.analysis.CityYearQueries;
import org.incidentatlas.analysis.CityYearTable;
import org.incidentatlas.api.JsonAnswers;
import org.incidentatlas.api.Filtered;
import org.incidentatlas.csv.Csv;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The place × year table:
 * {@code GET /api/stats/cities?<filters>&level=city|municipality}, and as CSV at
 * {@code /api/stats/cities.csv}.
 */
@RestController
class StatsApiController {

	private final CityYearQueries cities;

	private final IncidentFilterParser filters;

	private final JsonAnswers answers;

	private final org.springframework.context.MessageSource messages;

	StatsApiController(CityYearQueries cities, IncidentFilterParser filters, JsonAnswers answers,
			org.springframework.context.MessageSource messages) {
		this.cities = cities;
		this.filters = filters;
		this.answers = answers;
		this.messages = messages;
	}

	@Filtered
	@GetMapping(path = "/api/stats/cities", produces = "application/json")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "Incidents per place and year",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TableJson.class)))
	org.springframework.http.ResponseEntity<byte[]> table(HttpServletRequest request,
			@RequestParam(required = false) String level, Locale locale) {
		org.incidentatlas.incident.IncidentFilter filter = filters.parse(request.getParameterMap());
		String parsedLevel = CityYearQueries.level(level);
		record CitiesAnswer(org.incidentatlas.incident.IncidentFilter filter, String level) {
		}
		return answers.answer(request, new CitiesAnswer(filter, parsedLevel), () -> {
			CityYearTable table = cities.table(filter, parsedLevel, locale);
			java.util.function.Function<CityYearTable.Figure, String> text = f -> describe(f, messages, locale);
			return new TableJson(table.level(), table.rows().stream().map(r -> RowJson.of(r, text)).toList(),
					table.elsewhere().stream().map(f -> FigureJson.of(f, text)).toList(), table.coverage());
		});
	}

	/**
	 * Columns: place, place_key (gazetteer key; empty for incidents located only to a
	 * region or country), country, year, incidents, killed, injured, killed_not_reported
	 * (incidents whose toll is not reported, so killed is a lower bound), one column of
	 * incidents per type, and reported: the figures sources published for that place and
	 * year, each with its sources.
	 */
	@Filtered
	@GetMapping("/api/stats/cities.csv")
	void csv(HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) String level,
			Locale locale) {
		CityYearTable table = load(request, level, locale);
		org.incidentatlas.api.CoverageHeaders.add(response, request, table.coverage());
		try (Csv csv = Csv.attachment(response, "incident-atlas-" + table.level() + "-by-year.csv")) {
			List<Object> header = new ArrayList<>(List.of("place", "place_key", "country", "year", "incidents",
					"killed", "injured", "killed_not_reported", "injured_not_reported", "articles_reviewed",
					"population", "population_year", "population_source", "per_100000", "change_from_previous_year"));
			Arrays.stream(IncidentType.values()).map(IncidentType::token).forEach(header::add);
			header.add("reported");
			csv.row(header);
			for (CityYearTable.Row r : table.rows()) {
				List<Object> row = new ArrayList<>(List.of(r.place(), r.placeKey() == null ? "" : r.placeKey(),
						r.countryCode() == null ? "" : r.countryCode(), r.year() == null ? "" : r.year(), r.incidents(),
						r.killed(), r.injured(), r.killedNotReported(), r.injuredNotReported(), r.articles(),
						r.population() == null ? "" : r.population(),
						r.populationYear() == null ? "" : r.populationYear(),
						r.populationSource() == null ? "" : r.populationSource(),
						r.perHundredThousand() == null ? "" : r.perHundredThousand(),
						r.change() == null ? "" : r.change()));
				for (IncidentType type : IncidentType.values()) {
					row.add(r.byType().getOrDefault(type, 0L));
				}
				row.add(r.reported()
					.stream()
					.map(f -> describe(f, messages, locale) + (f.gap() == null ? "" : " " + f.gap()))
					.collect(Collectors.joining("; ")));
				csv.row(row);
			}
		}
	}

	/**
	 * "over 60 shootings (2025; Title, Publisher)", in the reader's language: the
	 * qualifier and the metric come from the message files ({@code figure.qualifier.*},
	 * {@code review.metric.*}).
	 */
	static String describe(CityYearTable.Figure f, org.springframework.context.MessageSource messages, Locale locale) {
		String qualifier = f.qualifier() == org.incidentatlas.statistic.Qualifier.EXACT ? "" : messages
			.getMessage("figure.qualifier." + f.qualifier().name().toLowerCase(Locale.ROOT), null, "", locale);
		String metric = messages.getMessage("review.metric." + f.metric().token(), null,
				f.metric().token().replace('_', ' '), locale);
		String sources = f.sources()
			.stream()
			.map(s -> s.title() + (s.publisher() == null ? "" : ", " + s.publisher()))
			.collect(Collectors.joining(" / "));
		return messages.getMessage("figure.text",
				new Object[] { qualifier, f.value().stripTrailingZeros().toPlainString(), metric, f.period(), sources },
				locale);
	}

	private CityYearTable load(HttpServletRequest request, String level, Locale locale) {
		return cities.table(filters.parse(request.getParameterMap()), CityYearQueries.level(level), locale);
	}

	/**
	 * @param coverage what the table rests on: articles reviewed, and reported figures
	 * above what is recorded
	 */
	record TableJson(String level, List<RowJson> rows, List<FigureJson> elsewhere,
			org.incidentatlas.analysis.FilterCoverage coverage) {
	}

	/**
	 * @param killed null when no incident of the row reports a toll: not reported, not 0
	 * @param articles reviewed articles with a record in this place and year
	 * @param perHundredThousand incidents per 100,000 inhabitants (the gazetteer's
	 * population), null without one
	 * @param populationYear the year the population counts, null when the gazetteer does
	 * not record it
	 * @param populationSource who counted it (Statbel, CBS), null when not recorded
	 * @param change incidents minus those of the year before; null when the filter leaves
	 * that year out
	 */
	record RowJson(String place, String placeKey, String country, Integer year, long incidents,
			Map<String, Long> byType, Long killed, Long injured, long killedNotReported, long injuredNotReported,
			long articles, Integer population, Integer populationYear, String populationSource,
			Double perHundredThousand, Long change, List<FigureJson> reported) {

		static RowJson of(CityYearTable.Row r, java.util.function.Function<CityYearTable.Figure, String> text) {
			Map<String, Long> types = new LinkedHashMap<>();
			r.byType().forEach((type, n) -> types.put(type.token(), n));
			boolean noneReportKilled = r.incidents() > 0 && r.killedNotReported() == r.incidents();
			boolean noneReportInjured = r.incidents() > 0 && r.injuredNotReported() == r.incidents();
			return new RowJson(r.place(), r.placeKey(), r.countryCode(), r.year(), r.incidents(), types,
					noneReportKilled ? null : r.killed(), noneReportInjured ? null : r.injured(), r.killedNotReported(),
					r.injuredNotReported(), r.articles(), r.population(), r.populationYear(), r.populationSource(),
					r.perHundredThousand(), r.change(),
					r.reported().stream().map(f -> FigureJson.of(f, text)).toList());
		}

	}

	/**
	 * @param gap "the atlas records 3 of the 92 shootings reported for Brussels in 2024",
	 * when it records fewer
	 */
	record FigureJson(String place, String period, Integer year, String metric, BigDecimal value, String qualifier,
			String note, String text, List<CityYearTable.Source> sources, String family, String gap) {

		static FigureJson of(CityYearTable.Figure f, java.util.function.Function<CityYearTable.Figure, String> text) {
			return new FigureJson(f.place(), f.period(), f.year(), f.metric().token(),
					new BigDecimal(f.value().stripTrailingZeros().toPlainString()),
					f.qualifier().name().toLowerCase(Locale.ROOT), f.note(), text.apply(f), f.sources(),
					f.metric().isEnforcement() ? "enforcement" : "violence", f.gap());
		}

	}

}
