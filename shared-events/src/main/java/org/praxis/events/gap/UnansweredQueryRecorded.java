package org.praxis.events.gap;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Someone searched and found nothing: a gap in the knowledge base. {@code gapId} identifies the
 * question however it was capitalised or spaced; {@code query} is how this person asked it.
 */
@Revision("1")
public record UnansweredQueryRecorded(String gapId, String query, String actor, Instant occurredAt)
        implements GapEvent {
}
