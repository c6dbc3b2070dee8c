package org.incidentatlas.api;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.incidentatlas.incident.DataVersion;
import org.incidentatlas.system.Caches;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * JSON answers of the read API, written once per data version and then served as bytes
 * with an ETag computed once. At a million incidents, writing a page of 50 incidents and
 * hashing it for the ETag on every request cost more than the query; a 1 MB place × year
 * table cost a millisecond of MD5 per request. Every key starts with the data version,
 * which every change to incidents or reported figures bumps (in the same transaction), so
 * an answer never outlives the data it was written from.
 */
@Component
public class JsonAnswers {

	private final DataVersion data;

	private final tools.jackson.databind.json.JsonMapper json;

	/**
	 * Bytes an entry costs beside its body: the key, the ETag and the objects around
	 * them.
	 */
	private static final int ENTRY_OVERHEAD = 256;

	private final Cache<AnswerKey, Answer> answers;

	/**
	 * {@code request} is a record of the endpoint's parameters, one record type per
	 * endpoint.
	 */
	private record AnswerKey(long dataVersion, String language, Record request) {
	}

	JsonAnswers(DataVersion data, tools.jackson.databind.json.JsonMapper json, Caches caches) {
		this.answers = caches.create("api.answers",
				Caffeine.newBuilder()
					.maximumWeight(96L * 1024 * 1024)
					.weigher((AnswerKey key, Answer answer) -> ENTRY_OVERHEAD + answer.body().length));
		this.data = data;
		this.json = json;
	}

	/**
	 * The answer for {@code key} (a record of the endpoint's parameters; the data version
	 * and the reader's language are added here), written from {@code value} when not
	 * cached. A request whose If-None-Match matches gets a 304 from Spring MVC.
	 */
	public ResponseEntity<byte[]> answer(HttpServletRequest request, Record key, Supplier<Object> value) {
		java.util.OptionalLong version = data.current();
		// empty in a transaction that changed data itself: its view is its own, and is
		// not kept
		Answer answer = version.isEmpty() ? Answer.of(json.writeValueAsBytes(value.get())) : answers
			.get(new AnswerKey(version.getAsLong(), LocaleContextHolder.getLocale().getLanguage(), key), k -> {
				data.requireReachable();
				return Answer.of(json.writeValueAsBytes(value.get()));
			});
		// the ETag is already known: the shallow ETag filter need not buffer and hash the
		// body again
		ShallowEtagHeaderFilter.disableContentCaching(request);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(answer.etag()).body(answer.body());
	}

	record Answer(byte[] body, String etag) {

		/** The same ETag the shallow ETag filter would send for these bytes. */
		static Answer of(byte[] body) {
			return new Answer(body, "\"0" + DigestUtils.md5DigestAsHex(body) + "\"");
		}

	}

}
