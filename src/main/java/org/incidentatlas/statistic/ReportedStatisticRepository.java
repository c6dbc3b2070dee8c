package org.incidentatlas.statistic;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportedStatisticRepository extends JpaRepository<ReportedStatistic, Long> {

	Optional<ReportedStatistic> findByExternalKey(String externalKey);

}
