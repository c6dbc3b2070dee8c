package org.incidentatlas.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

	@Test
	void readsQuotedCommasQuotesAndLineBreaksAndDropsTheByteOrderMark() {
		String text = CsvTable
			.decode(("\uFEFFtype,summary,city\r\nshooting,\"Shots, \"\"again\"\"\nat night\",Liège\r\n")
				.getBytes(StandardCharsets.UTF_8));
		CsvTable table = CsvTable.parse(text);
		assertThat(table.header()).containsExactly("type", "summary", "city");
		assertThat(table.rows()).containsExactly(List.of("shooting", "Shots, \"again\"\nat night", "Liège"));
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		byte[] latin1 = "type,city\nshooting,Liège\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> CsvTable.decode(latin1)).hasMessageContaining("not UTF-8");
	}

	@Test
	void refusesBinaryJunkEmptyFilesAndUnclosedQuotes() {
		assertThatThrownBy(() -> CsvTable.decode(new byte[] { 'a', 0, 'b' })).hasMessageContaining("binary");
		assertThatThrownBy(() -> CsvTable.parse("")).hasMessageContaining("empty");
		assertThatThrownBy(() -> CsvTable.parse("type,summary\nshooting,\"never closed\n"))
			.hasMessageContaining("never closed");
	}

	@Test
	void mapsAnAcledRowToAnIncident() {
		List<String> header = List.of("event_date", "event_type", "sub_event_type", "country", "admin1", "admin2",
				"location", "latitude", "longitude", "geo_precision", "fatalities", "notes");
		RowMapper mapper = new RowMapper(header, ImportField.guess(header));
		RowMapper.Mapped mapped = mapper
			.map(List.of("02 April 2023", "Explosions/Remote violence", "Grenade", "Belgium", "Antwerpen", "Antwerpen",
					"Antwerpen", "51.2230", "4.4160", "1", "0", "A grenade at a house"));
		assertThat(mapped.problems()).isEmpty();
		assertThat(mapped.form().getType().token()).isEqualTo("explosion");
		assertThat(mapped.form().getDate()).isEqualTo("2023-04-02");
		assertThat(mapped.form().getCountryCode()).isEqualTo("BE");
		assertThat(mapped.form().getPlace()).isEqualTo("Antwerpen");
		assertThat(mapped.form().getPrecision().token()).isEqualTo("street");
		assertThat(mapped.form().getKilled()).isZero();
		assertThat(mapper.missingColumns()).isEmpty();
	}

	@Test
	void namesTheColumnOfEveryCellItCannotRead() {
		List<String> header = List.of("type", "date", "killed", "latitude", "location_hidden");
		RowMapper mapper = new RowMapper(header, ImportField.guess(header));
		List<RowMapper.CellProblem> problems = mapper.map(List.of("unicorn", "2023-13", "many", "north", "perhaps"))
			.problems();
		assertThat(problems).extracting(RowMapper.CellProblem::column)
			.containsExactlyInAnyOrder("type", "date", "killed", "latitude", "location_hidden");
		assertThat(mapper.missingColumns()).containsExactly("summary");
	}

}
