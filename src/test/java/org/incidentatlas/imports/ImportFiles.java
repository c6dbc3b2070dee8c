package org.incidentatlas.imports;

import java.time.LocalDate;

/** Import files written for the tests, shared by the tests that upload them. */
public final class ImportFiles {

	private static final String[] PLACES = { "Antwerpen", "Gent", "Liège", "Rotterdam" };

	private ImportFiles() {
	}

	/**
	 * A file of {@code rows} distinct shootings, one a day from {@code first} in four
	 * cities; each summary is {@code prefix row n}, and the last row's ends with
	 * {@code last}.
	 */
	public static String shootings(LocalDate first, String prefix, int rows, String last) {
		StringBuilder csv = new StringBuilder("type,date,place,killed,summary\n");
		for (int i = 0; i < rows; i++) {
			csv.append("shooting,")
				.append(first.plusDays(i))
				.append(',')
				.append(PLACES[i % 4])
				.append(",0,")
				.append(prefix)
				.append(" row ")
				.append(i + 2)
				.append(i == rows - 1 ? last : "")
				.append('\n');
		}
		return csv.toString();
	}

}
