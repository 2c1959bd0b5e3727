package org.praxis.query.audit;

import java.time.Instant;

/**
 * One event of the organisation-wide audit trail: its place in the event store ({@code position}),
 * the item it belongs to, what happened, when, by whom.
 */
public record AuditRecord(long position, String aggregateId, long sequence, String type, Instant at, String actor,
                          String summary) {
}
