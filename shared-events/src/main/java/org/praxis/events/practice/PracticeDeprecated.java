package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The practice no longer holds; {@code supersededBy} names the practice to follow instead, if any. */
@Revision("1")
public record PracticeDeprecated(String practiceId, String reason, String supersededBy, String actor,
                                 Instant occurredAt) implements PracticeEvent {
}
