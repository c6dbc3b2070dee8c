package org.incidentatlas;

import java.io.IOException;
import java.io.InputStream;

/** Helpers for the tests that talk HTTP over a plain socket. */
public final class RawHttp {

	private RawHttp() {
	}

	/** The status line and headers of a response, up to and with the blank line. */
	public static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			head.append((char) b);
		}
		return head.toString();
	}

}
