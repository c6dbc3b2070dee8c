package org.incidentatlas.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findByExternalKey(String externalKey);

	Optional<Article> findByUrl(String url);

	Optional<Article> findByTextHash(String textHash);

	/**
	 * Whether the public may see that this article exists: it supports a published
	 * incident or a reported figure. An article still in review, or whose incidents were
	 * all rejected or retracted, is the editors' business.
	 */
	@Query(value = """
			select exists (select 1 from incident_source s join incident i on i.id = s.incident_id
			               where s.article_id = :id and i.status = 'PUBLISHED')
			    or exists (select 1 from statistic_source s where s.article_id = :id)""", nativeQuery = true)
	boolean isCitedPublicly(@Param("id") long id);

}
