package org.incidentatlas.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.incidentatlas.time.DatePrecision;
import org.incidentatlas.time.DateRange;

/** A news report. Its full text is kept only when an editor supplied it. */
@Entity
@Table(name = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String externalKey;

	private String title;

	private String publisher;

	private String url;

	private java.time.LocalDate publishedFrom;

	private java.time.LocalDate publishedTo;

	@Enumerated(EnumType.STRING)
	private DatePrecision publishedPrecision = DatePrecision.UNKNOWN;

	private String language;

	private String fullText;

	private String textHash;

	private String submittedBy;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	protected Article() {
	}

	public Article(String externalKey, String title, String publisher, String url, DateRange published,
			String language) {
		this.externalKey = externalKey;
		this.title = title;
		this.publisher = publisher;
		this.url = url;
		this.publishedFrom = published.from();
		this.publishedTo = published.to();
		this.publishedPrecision = published.precision();
		this.language = language;
	}

	/**
	 * An article an editor submitted, kept whole: evidence offsets point into
	 * {@code fullText}.
	 * @param textHash SHA-256 of the normalised text, by which a resubmission is
	 * recognised
	 */
	public static Article submitted(String title, String publisher, String url, DateRange published, String language,
			String fullText, String textHash, String submittedBy) {
		Article article = new Article(null, title, publisher, url, published, language);
		article.fullText = fullText;
		article.textHash = textHash;
		article.submittedBy = submittedBy;
		return article;
	}

	public Long getId() {
		return id;
	}

	public String getExternalKey() {
		return externalKey;
	}

	public String getTitle() {
		return title;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getUrl() {
		return url;
	}

	public DateRange getPublished() {
		return new DateRange(publishedFrom, publishedTo, publishedPrecision);
	}

	public String getLanguage() {
		return language;
	}

	public String getFullText() {
		return fullText;
	}

	public String getTextHash() {
		return textHash;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
