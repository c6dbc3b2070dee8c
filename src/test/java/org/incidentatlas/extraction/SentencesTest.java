package org.incidentatlas.extraction;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the sentence splitter tells a repeated line: the same key, whatever the case and
 * punctuation.
 */
class SentencesTest {

	@Test
	void aLineIsComparedForRepeatsByItsLowerCaseLettersAndNumbers() {
		assertThat(Sentences.key("  Lees ook: Schietpartij in Deurne (2024)!  "))
			.isEqualTo("lees ook schietpartij in deurne 2024");
		assertThat(Sentences.key("— ½ ÉTÉ, 𝐀𝐁 … ")).isEqualTo("½ été 𝐀𝐁"); // a
																				// mathematical
																				// capital
																				// has no
																				// lower
																				// case
	}

	@Test
	void theRepeatKeyIsWhatTheRegexThatDefinesItGivesOnRandomText() {
		String alphabet = "aZé É1½٣ .,-–\t\n’'“ßİ\u0130\u212A\u00A0\u2028";
		Random random = new Random(17);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder b = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				int pick = random.nextInt(alphabet.length() + 3);
				if (pick == alphabet.length()) {
					b.appendCodePoint(0x1D400 + random.nextInt(30)); // a mathematical
																		// letter, outside
																		// the BMP
				}
				else if (pick == alphabet.length() + 1) {
					b.append('\uD835'); // a lone surrogate
				}
				else if (pick == alphabet.length() + 2) {
					b.appendCodePoint(0x1F600); // an emoji, outside the BMP and no letter
				}
				else {
					b.append(alphabet.charAt(pick));
				}
			}
			String line = b.toString();
			assertThat(Sentences.key(line)).as(line)
				.isEqualTo(line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
		}
	}

}
