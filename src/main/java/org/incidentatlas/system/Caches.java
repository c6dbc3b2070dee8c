package org.incidentatlas.system;

import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;

/**
 * Every in-memory cache of the application is made here: each records its statistics and
 * is bound to Micrometer under its name, so
 * {@code /actuator/metrics/cache.gets?tag=cache:<name>} shows its hits and misses,
 * {@code cache.size} its entries and {@code cache.evictions} what it had to drop. Caches
 * keyed by the data version key their entries with records, never with strings joined
 * from {@code toString()}.
 * <p>
 * The caches, by name: {@code incident.pages}, {@code map.tiles}, {@code map.totals},
 * {@code map.singles}, {@code analysis.timelines}, {@code analysis.city-years},
 * {@code overview.coverage}, {@code api.answers}, {@code user.sign-in-addresses},
 * {@code api.extract-addresses}.
 */
@Component
public class Caches implements MeterBinder {

	private final Map<String, Cache<?, ?>> caches = new TreeMap<>();

	private final java.util.List<MeterRegistry> registries = new java.util.ArrayList<>();

	/**
	 * The cache that {@code builder} describes, with statistics, registered under
	 * {@code name} (a name may be taken once).
	 */
	public synchronized <K, V> Cache<K, V> create(String name, Caffeine<? super K, ? super V> builder) {
		if (caches.containsKey(name)) {
			throw new IllegalStateException("A cache named " + name + " exists already");
		}
		Cache<K, V> cache = builder.recordStats().<K, V>build();
		caches.put(name, cache);
		registries.forEach(registry -> CaffeineCacheMetrics.monitor(registry, cache, name));
		return cache;
	}

	/** Binds every cache made so far, and every cache made later, to the registry. */
	@Override
	public synchronized void bindTo(MeterRegistry registry) {
		registries.add(registry);
		caches.forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache, name));
	}

	/** The names of the caches made so far, sorted. */
	public synchronized java.util.List<String> names() {
		return java.util.List.copyOf(caches.keySet());
	}

}
