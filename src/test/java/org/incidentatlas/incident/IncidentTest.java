package org.incidentatlas.incident;

import java.util.List;

import org.incidentatlas.article.Article;
import org.incidentatlas.time.DateRange;
import org.incidentatlas.system.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The incident guards its own life cycle: draft, published, retracted, and nothing after
 * that.
 */
class IncidentTest {

	private static Incident draft() {
		return new Incident(IncidentType.SHOOTING, DateRange.parse("2024-05-01"), "Shots were fired at a house.");
	}

	private static Incident published() {
		Incident incident = draft();
		incident.publish();
		return incident;
	}

	private static Incident retracted() {
		Incident incident = published();
		incident.retract("It was a firework.");
		return incident;
	}

	private static Article article(long id) {
		Article article = new Article(null, "Title " + id, "Publisher", "https://example.org/" + id,
				DateRange.parse("2024-05-02"), "en");
		ReflectionTestUtils.setField(article, "id", id);
		return article;
	}

	private static void refusedOn(Runnable change, String field) {
		assertThatThrownBy(change::run).isInstanceOf(InvalidFieldsException.class)
			.satisfies(ex -> assertThat(((InvalidFieldsException) ex).problems())
				.extracting(InvalidFieldsException.FieldProblem::field)
				.containsExactly(field));
	}

	@Test
	void aDraftIsPublishedOnce() {
		Incident incident = draft();
		incident.publish();
		assertThat(incident.getStatus()).isEqualTo(IncidentStatus.PUBLISHED);
		refusedOn(incident::publish, "status");
		assertThat(incident.getStatus()).isEqualTo(IncidentStatus.PUBLISHED);
	}

	@Test
	void aRetractedIncidentCannotBePublishedAgain() {
		Incident incident = retracted();
		refusedOn(incident::publish, "status");
		assertThat(incident.getStatus()).isEqualTo(IncidentStatus.RETRACTED);
	}

	@Test
	void aDraftOrAPublishedIncidentIsRetractedWithItsReasonStripped() {
		for (Incident incident : List.of(draft(), published())) {
			incident.retract("  A duplicate of another report.  ");
			assertThat(incident.getStatus()).isEqualTo(IncidentStatus.RETRACTED);
			assertThat(incident.getRetractionReason()).isEqualTo("A duplicate of another report.");
		}
	}

	@Test
	void aRetractionNeedsAReasonOfAtMostAThousandCharacters() {
		for (String reason : new String[] { null, "", "   ", "x".repeat(1001) }) {
			Incident incident = published();
			refusedOn(() -> incident.retract(reason), "reason");
			assertThat(incident.getStatus()).isEqualTo(IncidentStatus.PUBLISHED);
		}
	}

	@Test
	void aRetractedIncidentIsNotRetractedAgainNorEditedNorGivenSources() {
		Incident incident = retracted();
		refusedOn(() -> incident.retract("Again."), "status");
		assertThat(incident.getRetractionReason()).isEqualTo("It was a firework.");
		refusedOn(() -> incident.edit(IncidentType.EXPLOSION, DateRange.parse("2024"), "Changed."), "status");
		assertThat(incident.getType()).isEqualTo(IncidentType.SHOOTING);
		refusedOn(() -> incident.addSource(article(1), null, null), "sources");
		assertThat(incident.getSources()).isEmpty();
	}

	@Test
	void anArticleIsASourceOnce() {
		Incident incident = published();
		assertThat(incident.addSource(article(1), 10, 20)).isTrue();
		assertThat(incident.addSource(article(1), null, null)).isFalse();
		assertThat(incident.getSources()).hasSize(1);
	}

	@Test
	void aDuplicateMergedIntoAPublishedIncidentGivesItItsSourcesAndIsRetractedPointingToIt() {
		Incident kept = published();
		ReflectionTestUtils.setField(kept, "id", 7L);
		kept.addSource(article(1), null, null);
		Incident duplicate = draft();
		duplicate.addSource(article(1), null, null);
		duplicate.addSource(article(2), null, null);

		duplicate.mergeInto(kept);

		assertThat(kept.getSources()).extracting(s -> s.getArticle().getId()).containsExactly(1L, 2L);
		assertThat(duplicate.getStatus()).isEqualTo(IncidentStatus.RETRACTED);
		assertThat(duplicate.getRetractionReason()).isEqualTo("Merged into incident 7");
	}

	@Test
	void nothingIsMergedIntoADraftOrARetractedIncidentNorIntoItselfNorFromARetractedOne() {
		Incident published = published();
		refusedOn(() -> published().mergeInto(draft()), "into");
		refusedOn(() -> published().mergeInto(retracted()), "into");
		refusedOn(() -> published.mergeInto(published), "into");
		refusedOn(() -> retracted().mergeInto(published()), "into");
		assertThat(published.getStatus()).isEqualTo(IncidentStatus.PUBLISHED);
	}

}
