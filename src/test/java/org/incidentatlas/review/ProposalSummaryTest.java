package org.incidentatlas.review;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.incidentatlas.incident.IncidentType;
import org.incidentatlas.time.DateRange;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalSummaryTest {

	private static final DateRange DAY = DateRange.day(LocalDate.of(2023, 4, 2));

	@Test
	void aDutchArticleGetsADutchSummary() {
		String summary = ProposalSummary.in("nl")
			.write(IncidentType.SHOOTING, DAY, "Borgerhout, Antwerp", 1, 2, List.of(34));
		assertThat(summary).isEqualTo(
				"Schietpartij in Borgerhout, Antwerp, 2 april 2023: 1 dode, 2 gewonden. Slachtoffer van 34 jaar.");
	}

	@Test
	void aFrenchArticleGetsAFrenchSummaryWithFrenchPunctuation() {
		String summary = ProposalSummary.in("fr")
			.write(IncidentType.EXPLOSION, DAY, "Anderlecht, Brussels", null, 0, List.of());
		assertThat(summary).isEqualTo("Explosion à Anderlecht, Brussels, 2 avril 2023 : aucun blessé.");
	}

	@Test
	void anEnglishSummaryNamesEveryVictimsAge() {
		String summary = ProposalSummary.in("en").write(IncidentType.SHOOTING, DAY, "Rotterdam", 0, 3, List.of(19, 23));
		assertThat(summary)
			.isEqualTo("Shooting in Rotterdam, 2 April 2023: nobody killed, 3 injured. Victims aged 19, 23.");
	}

	@Test
	void aTollThatWasNotReportedIsLeftOutNotWrittenAsZero() {
		String summary = ProposalSummary.in("nl")
			.write(IncidentType.ARSON, DateRange.unknown(), null, null, null, null);
		assertThat(summary).isEqualTo("Brandstichting.").doesNotContain("0");
	}

	@Test
	void anUnknownLanguageWritesEnglish() {
		assertThat(ProposalSummary.in("de").language()).isEqualTo("en");
		assertThat(ProposalSummary.in(null).write(null, null, "Ghent", null, null, List.of()))
			.isEqualTo("Event in Ghent.");
	}

}
