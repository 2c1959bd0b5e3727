package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record PracticePublished(String practiceId, String actor, Instant occurredAt) implements PracticeEvent {
}
