package org.praxis.events.gap;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A curator asked colleagues ({@code experts}, usernames, in the order given) to fill a knowledge gap: the question
 * as first asked ({@code query}) becomes a notification for each of them.
 */
@Revision("1")
public record KnowledgeGapRouted(String gapId, String query, List<String> experts, String actor, Instant occurredAt)
        implements GapEvent {

    public KnowledgeGapRouted {
        experts = List.copyOf(experts);
    }
}
