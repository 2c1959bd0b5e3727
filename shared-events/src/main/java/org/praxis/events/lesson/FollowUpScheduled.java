package org.praxis.events.lesson;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The lesson's adaptation is to be checked on {@code on}: that day its author is reminded to record whether the
 * change worked ({@link OutcomeRecorded}). A later one moves the date.
 */
@Revision("1")
public record FollowUpScheduled(String lessonId, LocalDate on, String actor, Instant occurredAt)
        implements LessonEvent {
}
