package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** A practice was written down: its first revision, in Markdown. */
@Revision("1")
public record PracticeDrafted(String practiceId, String title, String body, Set<String> tags, String industry,
                              String actor, Instant occurredAt) implements PracticeEvent {
}
