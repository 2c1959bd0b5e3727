package org.praxis.events.lesson;

import java.time.Instant;

/** Something that happened to a lesson learned from a failure. */
public sealed interface LessonEvent permits FailureRecorded, InsightAdded, AdaptationLinked, LessonClosed {

    String lessonId();

    String actor();

    Instant occurredAt();
}
