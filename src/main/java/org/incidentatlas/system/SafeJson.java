package org.incidentatlas.system;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON that is safe to drop into HTML: {@code < > & '} are written as \\u escapes, so a
 * hostile summary stays inert even if a client pastes the JSON into a page.
 */
@Configuration(proxyBeanMethods = false)
class SafeJson {

	@Bean
	JsonFactoryBuilderCustomizer htmlSafeJson() {
		return builder -> builder.characterEscapes(new HtmlSafeEscapes());
	}

	static final class HtmlSafeEscapes extends CharacterEscapes {

		private final int[] escapes;

		HtmlSafeEscapes() {
			escapes = standardAsciiEscapesForJSON();
			for (char c : new char[] { '<', '>', '&', '\'' }) {
				escapes[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
