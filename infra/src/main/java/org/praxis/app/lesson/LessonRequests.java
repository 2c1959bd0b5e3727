package org.praxis.app.lesson;

import org.praxis.events.lesson.Severity;

import java.time.LocalDate;
import java.util.Set;

/** The bodies the lesson endpoints accept. */
final class LessonRequests {

    private LessonRequests() {
    }

    record NewFailure(String title, String whatHappened, String project, Severity severity, LocalDate failedOn) {
    }

    record NewInsight(String text) {
    }

    /**
     * The adaptation: revise the practice {@code practiceId} (based on {@code expectedRevision}), or,
     * without a practice id, draft a new practice with {@code title}, {@code tags} and {@code industry}.
     */
    record Adaptation(String practiceId, Integer expectedRevision, String title, String body, String rationale,
                      Set<String> tags, String industry) {
    }

    record FollowUp(LocalDate on) {
    }

    record Outcome(Boolean held, String note) {
    }

    record Created(String id) {
    }

    /**
     * The practice revision an adaptation made and linked, or, when {@code proposal} is set, the proposal awaiting a
     * curator and the unchanged revision it was written against.
     */
    record AdaptationReceipt(String lessonId, String practiceId, int practiceRevision, Integer proposal) {
    }
}
