package org.praxis.events.lesson;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Whether the lesson's adaptation held ({@code held}), as someone checked it, with what they saw. */
@Revision("1")
public record OutcomeRecorded(String lessonId, boolean held, String note, String actor, Instant occurredAt)
        implements LessonEvent {
}
