package org.incidentatlas.incident;

/**
 * Published by a writer of incidents or reported figures inside its transaction. Once
 * that transaction commits, this instance drops the data version it remembers, so its
 * caches of answers see the change at once rather than within a second; a rolled-back
 * write changes nothing and tells no one.
 *
 * @param entity what changed: {@code INCIDENT} or {@code STATISTIC}, as the audit trail
 * names it
 * @param id the changed record's id
 */
public record DataChanged(String entity, long id) {
}
