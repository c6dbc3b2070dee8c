package org.incidentatlas.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The user-facing strings a page's script shows, from messages*.properties in the
 * reader's language, as JSON for a {@code <script type="application/json">} block. Keys
 * ending in {@code *} bring every key with that prefix that the caller lists.
 */
@Component
public class ScriptMessages {

	private final MessageSource messages;

	private final JsonMapper json;

	ScriptMessages(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public String json(Locale locale, Iterable<String> keys) {
		Map<String, String> strings = new LinkedHashMap<>();
		for (String key : keys) {
			strings.put(key, messages.getMessage(key, null, locale));
		}
		return json.writeValueAsString(strings);
	}

}
