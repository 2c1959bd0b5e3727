package org.praxis.events.lesson;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Interactive sensemaking: one person's view of why it happened or what to change. */
@Revision("1")
public record InsightAdded(String lessonId, String text, String actor, Instant occurredAt) implements LessonEvent {
}
