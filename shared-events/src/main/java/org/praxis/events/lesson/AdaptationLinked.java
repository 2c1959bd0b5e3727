package org.praxis.events.lesson;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Organisational adaptation: the lesson changed a practice, in this revision of it. */
@Revision("1")
public record AdaptationLinked(String lessonId, String practiceId, int practiceRevision, String actor,
                               Instant occurredAt) implements LessonEvent {
}
