package org.praxis.events.lesson;

import org.praxis.events.AuditedEvent;

/** Something that happened to a lesson learned from a failure. */
public sealed interface LessonEvent extends AuditedEvent
        permits FailureRecorded, InsightAdded, AdaptationProposed, AdaptationLinked, LessonClosed, FollowUpScheduled,
        OutcomeRecorded {

    String lessonId();
}
