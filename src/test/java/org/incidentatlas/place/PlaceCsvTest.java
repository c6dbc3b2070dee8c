package org.incidentatlas.place;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceCsvTest {

	@Test
	void aQuotedFieldMayHoldACommaAndBlankLinesAreSkipped() {
		String file = "\uFEFF" + PlaceCsv.HEADER + "\n\n"
				+ "be-x,municipality,be,\"Sint-X, dorp\",,,,,50.100,4.200,1200,2024,Statbel,\"X-dorp|Sint X, centrum\"\r\n  \n";
		List<PlaceCsv> rows = PlaceCsv.read(file, "test.csv");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.name()).isEqualTo("Sint-X, dorp");
			assertThat(row.kind()).isEqualTo(PlaceKind.MUNICIPALITY);
			assertThat(row.population()).isEqualTo(1200);
			assertThat(row.populationYear()).isEqualTo(2024);
			assertThat(row.populationSource()).isEqualTo("Statbel");
			assertThat(row.aliases()).containsExactly("X-dorp", "Sint X, centrum");
		});
	}

	@Test
	void aRowWithTheWrongNumberOfFieldsIsNamedByFileAndLine() {
		String file = PlaceCsv.HEADER + "\nbe-x,municipality,be,Sint-X, dorp,,,,,50.1,4.2,1200,,,\n";
		assertThatThrownBy(() -> PlaceCsv.read(file, "test.csv")).hasMessageContaining("test.csv:2")
			.hasMessageContaining("expected 14 fields, found 15");
	}

	@Test
	void aPopulationYearOrSourceWithoutAPopulationIsRefused() {
		String file = PlaceCsv.HEADER + "\nbe-x,municipality,be,Sint-X,,,,,50.1,4.2,,2024,Statbel,\n";
		assertThatThrownBy(() -> PlaceCsv.read(file, "test.csv")).hasMessageContaining("test.csv:2")
			.hasMessageContaining("without a population");
	}

	@Test
	void aFileWithoutTheHeaderIsRefused() {
		assertThatThrownBy(() -> PlaceCsv.read("key,name\nbe-x,X\n", "test.csv"))
			.hasMessageContaining("first line must be");
	}

	@Test
	void everyGazetteerFileOfTheProjectReads() {
		PlaceCatalog catalog = PlaceCatalog.fromCsv(files());
		assertThat(catalog.places()).hasSizeGreaterThan(500);
	}

	private static java.util.Map<String, String> files() {
		java.util.Map<String, String> files = new java.util.TreeMap<>();
		try (var paths = java.nio.file.Files.list(java.nio.file.Path.of("db/gazetteer"))) {
			for (java.nio.file.Path path : paths.filter(p -> p.toString().endsWith(".csv")).toList()) {
				files.put(path.getFileName().toString(), java.nio.file.Files.readString(path));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return files;
	}

}
