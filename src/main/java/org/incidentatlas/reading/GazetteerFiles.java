package org.incidentatlas.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import org.incidentatlas.place.PlaceCatalog;

/**
 * The gazetteer read straight from the files shipped in the jar, for tools that run
 * without a database.
 */
public final class GazetteerFiles {

	private GazetteerFiles() {
	}

	public static PlaceCatalog load() {
		try {
			Map<String, String> files = new HashMap<>();
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/gazetteer/*.csv")) {
				files.put(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
			}
			if (files.isEmpty()) {
				throw new IllegalStateException("no gazetteer files (db/gazetteer/*.csv) on the class path");
			}
			return PlaceCatalog.fromCsv(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
