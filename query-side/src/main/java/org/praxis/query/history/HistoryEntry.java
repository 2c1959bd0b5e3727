package org.praxis.query.history;

import java.time.Instant;

/**
 * One event in an item's history, as an auditor reads it; {@code sequence} numbers it within its own stream (the
 * item's, or its discussion's for a comment).
 */
public record HistoryEntry(long sequence, String type, Instant at, String actor, String summary) {
}
