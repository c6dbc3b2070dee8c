package org.incidentatlas.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An article's text as it is stored: decoded strictly as UTF-8, reduced to readable
 * paragraphs when it comes as HTML, and checked for what is not text at all. Plain Java,
 * no I/O.
 */
public final class ArticleText {

	/** An article is at most 2 MB of text (UTF-8). */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
			"h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
			"td", "th", "caption", "address", "hr", "br", "details", "summary", "center");

	/** Never readable text: code, navigation, page furniture, forms. */
	private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
			+ "svg, canvas, button, select, input, textarea, object, embed, [hidden], [aria-hidden=true], [role=navigation], "
			+ "[role=banner], [role=contentinfo], [role=complementary]";

	/** Boilerplate that sites put in ordinary elements, recognised by class or id. */
	private static final Pattern BOILERPLATE = Pattern.compile(
			"(?i)(^|[\\s_-])(cookie|cookies|consent|advert|advertisement|ads?|banner|share|sharing|social|newsletter|subscribe|"
					+ "related|recommended|promo|breadcrumbs?|sidebar|comments?|menu|paywall|signup|popup|modal)($|[\\s_-])");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private ArticleText() {
	}

	/** What a page's HTML says, paragraph by paragraph, and its title. */
	public record Readable(String title, String text) {
	}

	public static Readable fromHtml(String html) {
		Document document = Jsoup.parse(html);
		String title = document.title().strip();
		Element body = document.body();
		body.select(DROPPED).remove();
		for (Element element : body.select("[class], [id]")) {
			if (element != body && !element.nameIs("main") && !element.nameIs("article")
					&& (BOILERPLATE.matcher(element.className()).find() || BOILERPLATE.matcher(element.id()).find())) {
				element.remove();
			}
		}
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					current.append(text.getWholeText());
				}
				else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					flush(current, paragraphs);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					flush(current, paragraphs);
				}
			}
		}, body);
		flush(current, paragraphs);
		return new Readable(title, String.join("\n\n", paragraphs));
	}

	private static void flush(StringBuilder current, List<String> paragraphs) {
		String paragraph = SPACES.matcher(current).replaceAll(" ").strip();
		if (!paragraph.isEmpty()) {
			paragraphs.add(paragraph);
		}
		current.setLength(0);
	}

	/** Strict UTF-8, without a byte-order mark. */
	public static String decode(byte[] bytes) throws CharacterCodingException {
		int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
			.toString();
	}

	/**
	 * The text as stored and read by the extractor: Unicode NFC, line breaks as \n, no
	 * trailing spaces on lines, at most one blank line between paragraphs.
	 */
	public static String clean(String text) {
		String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
		t = t.replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
		return t.strip();
	}

	/** SHA-256 of the text with case, spacing and Unicode composition evened out. */
	public static String hash(String text) {
		String normalised = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
			.replaceAll(" ")
			.strip();
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Why a text or a date is refused: a message code of {@code messages*.properties},
	 * its English text and its arguments.
	 */
	public record Problem(String code, String english, String... args) {
	}

	/** The first news the atlas records is from 1990. */
	static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(1990, 1, 1);

	/** What is wrong with a publication date: after {@code today}, or before 1990. */
	public static Optional<Problem> publicationProblem(org.incidentatlas.time.DateRange published, String asGiven,
			java.time.LocalDate today) {
		if (published.from().isAfter(today)) {
			return Optional.of(new Problem("problem.article.publishedOn.future",
					"The publication date " + asGiven + " lies in the future.", asGiven));
		}
		if (published.from().isBefore(EARLIEST)) {
			return Optional.of(new Problem("problem.article.publishedOn.before1990",
					"The publication date " + asGiven + " is before 1990; the atlas starts in 1990.", asGiven));
		}
		return Optional.empty();
	}

	/**
	 * What makes a text unfit to store or read as an article, if anything: empty, over 2
	 * MB, binary.
	 */
	public static Optional<Problem> problem(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(new Problem("problem.article.text.empty",
					"The text is empty: paste the article or upload its file."));
		}
		if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(new Problem("problem.article.text.size",
					"The text is larger than 2 MB; an article is shorter than that."));
		}
		int controls = 0;
		int letters = 0;
		int replacements = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return Optional.of(new Problem("problem.article.text.binary",
						"The text contains NUL bytes: it is a binary file, not text."));
			}
			if (Character.isSurrogate(c)) {
				boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1));
				if (!paired) {
					return Optional.of(new Problem("problem.article.text.surrogate",
							"The text is not valid Unicode (a broken surrogate pair)."));
				}
				i++;
				continue;
			}
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				controls++;
			}
			else if (c == '\uFFFD') {
				replacements++;
			}
			else if (Character.isLetter(c)) {
				letters++;
			}
		}
		if (controls * 20 > text.length() || replacements * 20 > text.length()) {
			return Optional.of(new Problem("problem.article.text.unreadable",
					"The text is mostly control characters or undecodable bytes: it is not readable text."));
		}
		if (letters == 0) {
			return Optional.of(new Problem("problem.article.text.noWords", "The text has no words in it."));
		}
		return Optional.empty();
	}

}
