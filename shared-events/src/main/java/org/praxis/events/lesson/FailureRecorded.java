package org.praxis.events.lesson;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** Failure recognition: what went wrong, where, how badly, and on which day. */
@Revision("1")
public record FailureRecorded(String lessonId, String title, String whatHappened, String project, Severity severity,
                              LocalDate failedOn, String actor, Instant occurredAt) implements LessonEvent {
}
