package org.incidentatlas.system;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random Unicode of the kinds that break documents: control characters, unpaired
 * surrogates, NUL, bidi, emoji.
 */
public final class HostileText {

	static final char[] NASTY = { '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\u007F', '\u0085', '\r',
			'\n', '\t', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', '\uFEFF', '\u202E', '\u202D',
			'\u2066', '\u200B', '"', '\'', ',', '<', '>', '&', ']', '=', '+', '-', '@', '\\' };

	static final String[] PIECES = { "😀", "🇧🇪", "👩🏽‍⚕️", "e\u0301", "ﬁ", "İ", "]]>", "<!--", "&amp;", "\r\n",
			"\"\"", "=SUM(A1)", "Liège", "Zeebrugge", "مرحبا", "שלום", "\u202Eevil" };

	private HostileText() {
	}

	/** Any text, weighted towards what breaks XML, JSON, CSV and UTF-8. */
	public static Arbitrary<String> any() {
		Arbitrary<String> nasty = Arbitraries.strings().withChars(NASTY).withCharRange('a', 'z').ofMaxLength(60);
		Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
		Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(60);
		return Arbitraries
			.frequencyOf(net.jqwik.api.Tuple.of(3, nasty), net.jqwik.api.Tuple.of(2, pieces),
					net.jqwik.api.Tuple.of(3, anything))
			.list()
			.ofMinSize(1)
			.ofMaxSize(3)
			.map(l -> String.join("", l));
	}

	/** What PostgreSQL can store: any text but NUL. */
	public static Arbitrary<String> storable() {
		return any().map(s -> s.replace("\u0000", ""));
	}

}
