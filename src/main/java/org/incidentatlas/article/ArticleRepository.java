package org.incidentatlas.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findByExternalKey(String externalKey);

	Optional<Article> findByUrl(String url);

	Optional<Article> findByTextHash(String textHash);

}
