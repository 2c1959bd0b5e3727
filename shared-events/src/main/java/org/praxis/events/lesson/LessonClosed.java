package org.praxis.events.lesson;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record LessonClosed(String lessonId, String actor, Instant occurredAt) implements LessonEvent {
}
