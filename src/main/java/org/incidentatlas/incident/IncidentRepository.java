package org.incidentatlas.incident;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

	Optional<Incident> findByExternalKey(String externalKey);

}
