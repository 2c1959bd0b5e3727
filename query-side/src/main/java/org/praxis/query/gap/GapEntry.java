package org.praxis.query.gap;

import java.time.Instant;
import java.util.Set;

/**
 * A question nobody found an answer to: how often and by how many people it was asked, first and last, and which
 * colleagues were asked to fill it ({@code routedTo}, usernames).
 */
public record GapEntry(String id, String query, int askedTimes, Set<String> askers, Instant firstAskedAt,
                       Instant lastAskedAt, Set<String> routedTo) {

    public GapEntry {
        askers = askers == null ? Set.of() : Set.copyOf(askers);
        routedTo = routedTo == null ? Set.of() : Set.copyOf(routedTo);
    }
}
