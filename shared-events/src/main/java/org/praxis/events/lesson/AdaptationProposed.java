package org.praxis.events.lesson;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The lesson's adaptation of a published practice awaits a curator: it was recorded as proposal {@code proposal}
 * of the practice. Once approved, an {@link AdaptationLinked} names the revision it became, even if the lesson was
 * closed in the meantime.
 */
@Revision("1")
public record AdaptationProposed(String lessonId, String practiceId, int proposal, String actor,
                                 Instant occurredAt) implements LessonEvent {
}
