package org.incidentatlas.reading;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.extraction.Language;
import org.incidentatlas.place.PlaceCatalog;
import org.incidentatlas.time.DateRange;

/**
 * The jar's commands that read articles without starting the server or a database: <pre>
 * java -jar incident-atlas.jar extract --published 2025-10-30 [--language en] article.txt
 * java -jar incident-atlas.jar evaluate [--verbose] [--held-out | --tuning] ../shared/devset
 * </pre> {@code evaluate} prints precision, recall and F1 overall, per language and per
 * type, and the causes of the misses and spurious proposals; {@code --verbose} lists each
 * of them first. {@code --held-out} scores only the dev corpus's held-out quarter
 * ({@link Evaluation#HELD_OUT}), {@code --tuning} the rest.
 */
public final class ReadingCommands {

	private ReadingCommands() {
	}

	/** Whether the arguments name one of these commands. */
	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("extract") || args[0].equals("evaluate"));
	}

	/** Runs the command and returns its exit status: 0 done, 1 failed, 2 misused. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			PlaceCatalog gazetteer = GazetteerFiles.load();
			Extractor extractor = ExtractionRuleFiles.extractor(gazetteer, Set.of("BE", "NL"));
			return args[0].equals("extract") ? extract(extractor, args, out, err)
					: evaluate(new Evaluation(extractor, gazetteer), args, out, err);
		}
		catch (IOException | RuntimeException ex) {
			err.println(args[0] + ": " + ex.getMessage());
			return 1;
		}
	}

	private static int extract(Extractor extractor, String[] args, PrintStream out, PrintStream err)
			throws IOException {
		DateRange published = DateRange.unknown();
		Language language = null;
		Path file = null;
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
				case "--published" -> {
					if (++i >= args.length) {
						return usage(err, "--published needs a date");
					}
					try {
						published = DateRange.day(LocalDate.parse(args[i]));
					}
					catch (DateTimeParseException ex) {
						try {
							published = DateRange.parse(args[i]);
						}
						catch (IllegalArgumentException bad) {
							return usage(err, "'" + args[i] + "' is not a date (YYYY-MM-DD or YYYY-MM)");
						}
					}
				}
				case "--language" -> {
					if (++i >= args.length || Language.fromToken(args[i]).isEmpty()) {
						return usage(err, "--language takes en, nl or fr");
					}
					language = Language.fromToken(args[i]).get();
				}
				default -> file = Path.of(args[i]);
			}
		}
		if (file == null) {
			return usage(err, "name the article's text file");
		}
		String text = Files.readString(file, StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		out.println(json.writeValueAsString(ExtractionJson.of(extractor.extract(text, published, language))));
		return 0;
	}

	private static int evaluate(Evaluation evaluation, String[] args, PrintStream out, PrintStream err) {
		boolean verbose = false;
		Evaluation.Part part = Evaluation.Part.ALL;
		Path folder = null;
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
				case "--verbose", "-v" -> verbose = true;
				case "--held-out", "--tuning" -> {
					Evaluation.Part chosen = args[i].equals("--held-out") ? Evaluation.Part.HELD_OUT
							: Evaluation.Part.TUNING;
					if (part != Evaluation.Part.ALL && part != chosen) {
						return usage(err, "--held-out and --tuning exclude each other");
					}
					part = chosen;
				}
				default -> {
					if (args[i].startsWith("-") || folder != null) {
						return usage(err, "'" + args[i] + "' is not an option of evaluate");
					}
					folder = Path.of(args[i]);
				}
			}
		}
		if (folder == null || !Files.isDirectory(folder)) {
			return usage(err, "name the folder of articles and their .gold.json files");
		}
		out.print(Evaluation.report(evaluation.run(folder, part), verbose));
		return 0;
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println("usage: extract --published YYYY-MM-DD [--language en|nl|fr] FILE");
		err.println("       evaluate [--verbose] [--held-out | --tuning] FOLDER");
		return 2;
	}

}
