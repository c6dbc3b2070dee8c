package org.incidentatlas.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string exists in English, Dutch and French, with the same
 * placeholders.
 */
class MessagesTest {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)[^}]*}");

	@ParameterizedTest
	@ValueSource(strings = { "nl", "fr" })
	void noKeyIsMissingOrExtraInAnyLanguage(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");
		assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of messages_%s", language)
			.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
		for (String key : english.stringPropertyNames()) {
			String value = translated.getProperty(key);
			assertThat(value).as("%s in %s", key, language).isNotBlank();
			assertThat(placeholders(value)).as("placeholders of %s in %s", key, language)
				.isEqualTo(placeholders(english.getProperty(key)));
			if (value.matches("(?s).*\\{\\d.*")) {
				// Spring formats these with MessageFormat: a stray apostrophe would
				// swallow the placeholder
				String formatted = new MessageFormat(value).format(new Object[] { 3, 4, 5 });
				assertThat(formatted).as("%s in %s formats its arguments", key, language).doesNotContain("{0");
			}
			else {
				// without arguments Spring shows the text as it is: a doubled apostrophe
				// would show doubled
				assertThat(value).as("%s in %s has no arguments, so no doubled apostrophe", key, language)
					.doesNotContain("''");
			}
		}
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(value);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTest.class.getClassLoader().getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
