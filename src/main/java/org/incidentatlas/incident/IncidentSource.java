package org.incidentatlas.incident;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import org.incidentatlas.article.Article;

/**
 * An article that reports an incident, with the offsets of the passage that supports it.
 */
@Entity
@Table(name = "incident_source")
public class IncidentSource {

	@EmbeddedId
	private Key key = new Key();

	@MapsId("incidentId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@MapsId("articleId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	private Integer evidenceStart;

	private Integer evidenceEnd;

	protected IncidentSource() {
	}

	IncidentSource(Incident incident, Article article, Integer evidenceStart, Integer evidenceEnd) {
		this.incident = incident;
		this.article = article;
		this.evidenceStart = evidenceStart;
		this.evidenceEnd = evidenceEnd;
	}

	public Article getArticle() {
		return article;
	}

	@Embeddable
	static class Key implements Serializable {

		private Long incidentId;

		private Long articleId;

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && java.util.Objects.equals(incidentId, k.incidentId)
					&& java.util.Objects.equals(articleId, k.articleId);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(incidentId, articleId);
		}

	}

}
