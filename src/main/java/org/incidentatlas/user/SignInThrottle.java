package org.incidentatlas.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.incidentatlas.system.Caches;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anyone out.
 * <ul>
 * <li>Per client address, a token bucket of failed sign-ins (Bucket4j): a few at once,
 * then one a minute. An address that guesses fast is refused with 429 until it has
 * waited.</li>
 * <li>Per account, a backoff that doubles with each failure after the first few
 * ({@link UserAccounts.Account#backoff}), up to five minutes, kept in PostgreSQL so that
 * every instance applies it. It does not apply to a browser that signed in to the account
 * before: it shows a signed cookie, so the real user can sign in while someone else
 * guesses at their account from elsewhere.</li>
 * </ul>
 * Nothing is checked against the password while a client must wait, so waiting cannot be
 * skipped.
 */
@Component
class SignInThrottle {

	/** Failed sign-ins an address may make at once. */
	static final int ADDRESS_BURST = 10;

	/** After the burst, one more failed sign-in per address per this period. */
	static final Duration ADDRESS_REFILL = Duration.ofMinutes(1);

	static final String KNOWN_BROWSER_COOKIE = "atlas-known-browser";

	static final Duration KNOWN_BROWSER_LIFETIME = Duration.ofDays(180);

	private final UserAccounts accounts;

	private final AppSecrets secrets;

	private final Clock clock;

	/** A bucket per client address. */
	private final Cache<String, Bucket> addresses;

	private volatile byte[] cookieKey;

	SignInThrottle(UserAccounts accounts, AppSecrets secrets, Clock clock, Caches caches) {
		this.addresses = caches.create("user.sign-in-addresses",
				Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)));
		this.accounts = accounts;
		this.secrets = secrets;
		this.clock = clock;
	}

	/** How long this attempt must wait; empty when it may go ahead. */
	Optional<Duration> waitFor(String username, String address, String knownBrowserCookie) {
		Bucket bucket = addresses.getIfPresent(address);
		if (bucket != null && bucket.getAvailableTokens() < 1) {
			return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
		}
		if (username == null || username.isBlank() || isKnownBrowser(knownBrowserCookie, username)) {
			return Optional.empty();
		}
		return accounts.find(username).map(a -> a.backoff(clock.instant())).filter(wait -> !wait.isZero());
	}

	void failed(String username, String address) {
		addresses
			.get(address,
					a -> Bucket.builder()
						.addLimit(limit -> limit.capacity(ADDRESS_BURST).refillGreedy(1, ADDRESS_REFILL))
						.build())
			.tryConsume(1);
		if (username != null) {
			accounts.recordFailure(username);
		}
	}

	void succeeded(String username) {
		accounts.recordSuccess(username);
	}

	/** The cookie value that lets this browser past the account's backoff next time. */
	String knownBrowserCookie(String username) {
		String payload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + clock.instant().getEpochSecond();
		return payload + "." + sign(payload);
	}

	boolean isKnownBrowser(String cookie, String username) {
		if (cookie == null) {
			return false;
		}
		String[] parts = cookie.split("\\.");
		if (parts.length != 3) {
			return false;
		}
		String payload = parts[0] + "." + parts[1];
		if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		try {
			String named = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
			Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
			return named.equals(username) && issued.plus(KNOWN_BROWSER_LIFETIME).isAfter(clock.instant());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

	private byte[] key() {
		byte[] key = cookieKey;
		if (key == null) {
			key = secrets.key("known-browser-key");
			cookieKey = key;
		}
		return key;
	}

}
