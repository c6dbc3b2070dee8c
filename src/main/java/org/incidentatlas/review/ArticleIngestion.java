package org.incidentatlas.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.incidentatlas.article.Article;
import org.incidentatlas.article.ArticleRepository;
import org.incidentatlas.audit.AuditAction;
import org.incidentatlas.audit.AuditTrail;
import org.incidentatlas.extraction.Evidence;
import org.incidentatlas.extraction.ExtractedPlace;
import org.incidentatlas.extraction.Extraction;
import org.incidentatlas.extraction.Extractor;
import org.incidentatlas.extraction.Language;
import org.incidentatlas.extraction.ProposedEnforcement;
import org.incidentatlas.extraction.ProposedIncident;
import org.incidentatlas.extraction.ProposedStatistic;
import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.place.Gazetteer;
import org.incidentatlas.place.Place;
import org.incidentatlas.system.InvalidFieldsException;
import org.incidentatlas.time.DateRange;
import org.incidentatlas.article.ArticleText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a submitted article whole and what the extractor proposes from it, for review.
 * An article already here (same address, or the same text) is not stored twice: the
 * existing one is returned. Bad input stores nothing and names every problem.
 */
@Service
public class ArticleIngestion {

	private static final Logger log = LoggerFactory.getLogger(ArticleIngestion.class);

	private final ArticleRepository articles;

	private final Proposals proposals;

	private final Extractor extractor;

	private final Gazetteer gazetteer;

	private final AuditTrail audit;

	/** What "today" is when a publication date is checked; tests may fix it. */
	private final java.time.Clock clock;

	ArticleIngestion(ArticleRepository articles, Proposals proposals, Extractor extractor, Gazetteer gazetteer,
			AuditTrail audit, java.time.Clock clock) {
		this.clock = clock;
		this.articles = articles;
		this.proposals = proposals;
		this.extractor = extractor;
		this.gazetteer = gazetteer;
		this.audit = audit;
	}

	/**
	 * @param duplicateBy null for a new article; "url" or "text" when the article was
	 * here already
	 */
	public record Ingested(long articleId, String duplicateBy, int proposals) {

		public boolean isDuplicate() {
			return duplicateBy != null;
		}

	}

	/**
	 * An uploaded .txt or .html file, read into the submission's text (and title, when
	 * none is given).
	 */
	public Submission withFile(Submission submission, String filename, byte[] content) {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
		boolean html = name.endsWith(".html") || name.endsWith(".htm");
		if (!html && !name.endsWith(".txt")) {
			throw InvalidFieldsException.submission("file", "problem.article.file.type",
					filename == null ? "" : filename);
		}
		if (content.length > ArticleText.MAX_BYTES) {
			throw InvalidFieldsException.submission("file", "problem.article.file.size");
		}
		String text;
		try {
			text = ArticleText.decode(content);
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw InvalidFieldsException.submission("file", "problem.article.file.encoding");
		}
		if (text.indexOf('\0') >= 0) {
			throw InvalidFieldsException.submission("file", "problem.article.file.binary");
		}
		if (!html) {
			return submission.withText(text);
		}
		ArticleText.Readable readable = ArticleText.fromHtml(text);
		Submission read = submission.withText(readable.text());
		return blank(submission.title()) && !readable.title().isEmpty() ? read
			.withTitle(readable.title().length() > 500 ? readable.title().substring(0, 500) : readable.title()) : read;
	}

	@Transactional
	public Ingested ingest(Submission submission, String username) {
		Checked checked = check(submission);
		if (checked.url() != null) {
			Optional<Article> byUrl = articles.findByUrl(checked.url());
			if (byUrl.isPresent()) {
				return new Ingested(byUrl.get().getId(), "url", 0);
			}
		}
		Optional<Article> byText = articles.findByTextHash(checked.hash());
		if (byText.isPresent()) {
			return new Ingested(byText.get().getId(), "text", 0);
		}
		Extraction extraction = extract(checked);
		String language = checked.language() != null ? checked.language().token()
				: extraction == null ? null : extraction.language().token();
		Article article = articles.saveAndFlush(Article.submitted(checked.title(), checked.publisher(), checked.url(),
				checked.published(), language, checked.text(), checked.hash(), username));
		audit.record("ARTICLE", article.getId(), AuditAction.CREATE, username,
				List.of(AuditTrail.Change.of("title", null, checked.title()),
						AuditTrail.Change.of("url", null, checked.url()),
						AuditTrail.Change.of("language", null, language)),
				checked.language() == null ? "language detected" : null);
		int position = 0;
		if (extraction != null) {
			ProposalSummary summaries = ProposalSummary.in(language);
			for (ProposedIncident p : extraction.incidents()) {
				proposals.insert(article.getId(), position++, proposed(p, summaries));
			}
			for (ProposedEnforcement p : extraction.enforcement()) {
				proposals.insert(article.getId(), position++, proposed(p, summaries));
			}
			for (ProposedStatistic p : extraction.statistics()) {
				proposals.insert(article.getId(), position++, proposed(p));
			}
		}
		return new Ingested(article.getId(), null, position);
	}

	/**
	 * The extractor is new: should it fail on some text, the article is still stored,
	 * without proposals.
	 */
	private Extraction extract(Checked checked) {
		try {
			return extractor.extract(checked.text(), checked.published(), checked.language());
		}
		catch (RuntimeException ex) {
			log.warn("The extractor failed on an article titled '{}'; it is stored without proposals", checked.title(),
					ex);
			return null;
		}
	}

	private record Checked(String title, String publisher, String url, DateRange published, Language language,
			String text, String hash) {
	}

	/** Every field at once: the editor sees all problems together. */
	private Checked check(Submission s) {
		List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
		String title = strip(s.title());
		if (title == null) {
			problems.add(problem("title", "problem.article.title.missing"));
		}
		else if (title.length() > 500) {
			problems.add(problem("title", "problem.article.title.tooLong"));
		}
		else if (controls(title)) {
			problems.add(problem("title", "problem.article.title.controls"));
		}
		String publisher = strip(s.publisher());
		if (publisher != null && controls(publisher)) {
			problems.add(problem("publisher", "problem.article.publisher.controls"));
		}
		else if (publisher != null && publisher.length() > 200) {
			problems.add(problem("publisher", "problem.article.publisher.tooLong"));
		}
		String url = strip(s.url());
		if (url != null && controls(url)) {
			problems.add(problem("url", "problem.article.url.controls"));
			url = null;
		}
		else if (url != null) {
			url = url(url, problems);
		}
		DateRange published = DateRange.unknown();
		String date = strip(s.publishedOn());
		if (date == null) {
			problems.add(problem("publishedOn", "problem.article.publishedOn.missing"));
		}
		else if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
			problems.add(problem("publishedOn", "problem.article.publishedOn.format", shorten(date)));
		}
		else {
			try {
				published = DateRange.parse(date);
				ArticleText.publicationProblem(published, date, java.time.LocalDate.now(clock))
					.ifPresent(p -> problems.add(fieldProblem("publishedOn", p)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(problem("publishedOn", "problem.article.publishedOn.calendar", date));
			}
		}
		Language language = null;
		String languageToken = strip(s.language());
		if (languageToken != null && !languageToken.equalsIgnoreCase("auto")) {
			language = Language.fromToken(languageToken).orElse(null);
			if (language == null) {
				problems.add(problem("language", "problem.article.language"));
			}
		}
		ArticleText.problem(s.text()).ifPresent(p -> problems.add(fieldProblem("text", p)));
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(InvalidFieldsException.Subject.SUBMISSION, problems);
		}
		String text = ArticleText.clean(s.text());
		return new Checked(title, publisher, url, published, language, text, ArticleText.hash(text));
	}

	/**
	 * An absolute http(s) address, without its #fragment, with scheme and host in lower
	 * case.
	 */
	private static String url(String text, List<InvalidFieldsException.FieldProblem> problems) {
		if (text.length() > 2000) {
			problems.add(problem("url", "problem.article.url.tooLong"));
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getHost().isBlank()) {
				problems.add(problem("url", "problem.article.url.notWeb", shorten(text)));
				return null;
			}
			URI normal = new URI(scheme,
					uri.getRawAuthority() == null ? null : uri.getRawAuthority().toLowerCase(Locale.ROOT), null, null,
					null);
			String rest = text.substring(text.indexOf(uri.getRawAuthority()) + uri.getRawAuthority().length());
			int hash = rest.indexOf('#');
			return normal + (hash >= 0 ? rest.substring(0, hash) : rest);
		}
		catch (URISyntaxException ex) {
			problems.add(problem("url", "problem.article.url.invalid", shorten(text)));
			return null;
		}
	}

	/** The proposal as the editor reads it, its summary in the article's language. */
	private Proposed.Incident proposed(ProposedIncident p, ProposalSummary summaries) {
		Where where = where(p.place());
		return new Proposed.Incident(token(p.type()), compact(p.date()), where.key(), where.countryCode(),
				where.locality(), where.street(), where.label(), where.precision(), p.killed(), p.injured(),
				p.victimAges(),
				summaries.write(p.type(), p.date(), label(p.place()), p.killed(), p.injured(), p.victimAges()),
				p.confidence(), evidence(p.evidence()),
				p.coding().subtype() == null ? null : p.coding().subtype().token(),
				p.coding().target() == null ? null : p.coding().target().token(),
				p.coding().time() == null ? null : p.coding().time().compact());
	}

	private Proposed.Enforcement proposed(ProposedEnforcement p, ProposalSummary summaries) {
		Where where = where(p.place());
		return new Proposed.Enforcement(token(p.type()), compact(p.date()), where.key(), where.countryCode(),
				where.locality(), where.street(), where.label(), where.precision(),
				summaries.write(p.type(), p.date(), label(p.place()), null, null, List.of()), p.confidence(),
				evidence(p.evidence()));
	}

	private Proposed.Statistic proposed(ProposedStatistic p) {
		return new Proposed.Statistic(p.metric() == null ? null : p.metric().token(), p.value(),
				p.qualifier() == null ? "exact" : p.qualifier().name().toLowerCase(Locale.ROOT), compact(p.period()),
				p.placeKey() != null && gazetteer.byKey(p.placeKey()).isPresent() ? p.placeKey() : null, p.place(),
				p.country(), evidence(p.evidence()));
	}

	/**
	 * Where an event happened, as a proposal states it: a gazetteer key, or a locality
	 * outside the gazetteer.
	 */
	private record Where(String key, String countryCode, String locality, String street, String label,
			String precision) {
	}

	private Where where(ExtractedPlace place) {
		ExtractedPlace where = place == null ? ExtractedPlace.UNKNOWN : place;
		String key = where.placeKey() != null && gazetteer.byKey(where.placeKey()).isPresent() ? where.placeKey()
				: null;
		return new Where(key, where.country(), key == null ? firstOf(where.city(), where.region()) : null,
				where.street(), label(where), where.precision() == null ? null : where.precision().token());
	}

	private static String token(IncidentType type) {
		return type == null ? null : type.token();
	}

	private static String compact(DateRange date) {
		return date == null ? null : date.compact();
	}

	private String label(ExtractedPlace place) {
		if (place == null) {
			return null;
		}
		Optional<Place> known = place.placeKey() == null ? Optional.empty() : gazetteer.byKey(place.placeKey());
		if (known.isPresent()) {
			List<String> names = new ArrayList<>();
			if (place.street() != null) {
				names.add(place.street());
			}
			for (Place p : gazetteer.lineage(known.get().id())) {
				if (names.size() < 3 && (p.kind().isLocal() || names.isEmpty())) {
					names.add(p.displayName());
				}
			}
			return String.join(", ", names);
		}
		List<String> names = new ArrayList<>();
		for (String part : new String[] { place.street(), place.district(), place.city(), place.region(),
				place.country() }) {
			if (part != null && !part.isBlank()) {
				names.add(part);
			}
		}
		return names.isEmpty() ? null : String.join(", ", names);
	}

	private static List<ProposalValues.Span> evidence(List<Evidence> evidence) {
		return evidence.stream().map(e -> new ProposalValues.Span(e.start(), e.end())).toList();
	}

	private static String firstOf(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v;
			}
		}
		return null;
	}

	private static InvalidFieldsException.FieldProblem problem(String field, String code, Object... args) {
		return InvalidFieldsException.FieldProblem.of(field, code, args);
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static boolean controls(String value) {
		return value.chars().anyMatch(Character::isISOControl);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String shorten(String value) {
		return value.length() > 80 ? value.substring(0, 80) + "…" : value;
	}

	private static InvalidFieldsException.FieldProblem fieldProblem(String field, ArticleText.Problem problem) {
		return new InvalidFieldsException.FieldProblem(field, problem.code(), List.of((Object[]) problem.args()),
				problem.english());
	}

}
