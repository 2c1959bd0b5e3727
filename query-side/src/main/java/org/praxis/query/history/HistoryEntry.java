package org.praxis.query.history;

import java.time.Instant;

/** One event in an aggregate's history, as an auditor reads it. */
public record HistoryEntry(long sequence, String type, Instant at, String actor, String summary) {
}
