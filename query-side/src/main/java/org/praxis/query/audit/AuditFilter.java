package org.praxis.query.audit;

import java.time.Instant;

/**
 * Which events an auditor asks for; null fields do not filter. {@code type} is an event type such as
 * {@code PracticeRevised}; {@code from} is inclusive and {@code to} exclusive.
 */
public record AuditFilter(String type, String actor, Instant from, Instant to) {

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    boolean matches(AuditRecord record) {
        return (type == null || type.equalsIgnoreCase(record.type()))
                && (actor == null || actor.equals(record.actor()))
                && (from == null || !record.at().isBefore(from))
                && (to == null || record.at().isBefore(to));
    }
}
