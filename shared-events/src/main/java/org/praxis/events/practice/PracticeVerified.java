package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A curator confirmed the practice still holds, until {@code validUntil}. */
@Revision("1")
public record PracticeVerified(String practiceId, Instant validUntil, String actor, Instant occurredAt)
        implements PracticeEvent {
}
