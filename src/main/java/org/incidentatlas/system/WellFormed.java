package org.incidentatlas.system;

/**
 * Text made safe for the formats the atlas writes, whatever is stored. PostgreSQL holds
 * any Unicode character but NUL, and XML 1.0 allows far fewer: a summary with U+0001 or
 * U+000B would make the whole Atom feed unreadable. Characters a format cannot carry
 * become U+FFFD, so a reader sees that something was there.
 */
public final class WellFormed {

	public static final char REPLACEMENT = '\uFFFD';

	private WellFormed() {
	}

	/**
	 * Any text: NUL and surrogates without their pair replaced, so that it encodes as
	 * UTF-8.
	 */
	public static String text(String s) {
		return clean(s, false);
	}

	/**
	 * Text for XML 1.0: also C0 controls other than tab, line feed and carriage return,
	 * U+FFFE and U+FFFF.
	 */
	public static String xml(String s) {
		return clean(s, true);
	}

	private static String clean(String s, boolean xml) {
		if (s == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
					&& Character.isLowSurrogate(s.charAt(i + 1));
			boolean bad = !pair && (c == 0 || Character.isSurrogate(c)
					|| xml && (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF'));
			if (bad && out == null) {
				out = new StringBuilder(s.length()).append(s, 0, i);
			}
			if (out != null) {
				out.append(bad ? REPLACEMENT : c);
				if (pair) {
					out.append(s.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return out == null ? s : out.toString();
	}

}
