package org.praxis.query.lesson;

import org.praxis.events.lesson.AdaptationLinked;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.FollowUpScheduled;
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.lesson.LessonClosed;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.events.lesson.OutcomeRecorded;
import org.praxis.query.Viewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How each lesson event changes a {@link LessonEntry}. */
final class LessonChanges {

    private LessonChanges() {
    }

    static LessonEntry apply(LessonEntry entry, LessonEvent event) {
        if (event instanceof FailureRecorded e) {
            return new LessonEntry(e.lessonId(), e.title(), e.whatHappened(), e.project(), e.severity(), e.failedOn(),
                    LessonEntry.LessonStatus.OPEN, e.actor(), List.of(), Set.of(), List.of(), null, null,
                    Set.of(Viewer.ORGANIZATION), e.occurredAt(), e.occurredAt());
        }
        if (entry == null) {
            throw new IllegalStateException("lesson " + event.lessonId() + " changed before its failure was recorded");
        }
        List<LessonEntry.Insight> insights = entry.insights();
        Set<String> insightAuthors = entry.insightAuthors();
        List<LessonEntry.Adaptation> adaptations = entry.adaptations();
        LessonEntry.LessonStatus status = entry.status();
        LocalDate followUpOn = entry.followUpOn();
        LessonEntry.Outcome outcome = entry.outcome();
        if (event instanceof InsightAdded e) {
            insights = append(insights, new LessonEntry.Insight(e.actor(), e.text(), e.occurredAt()));
            insightAuthors = new LinkedHashSet<>(insightAuthors);
            insightAuthors.add(e.actor());
        } else if (event instanceof AdaptationLinked e) {
            adaptations = append(adaptations,
                    new LessonEntry.Adaptation(e.practiceId(), e.practiceRevision(), e.actor(), e.occurredAt()));
        } else if (event instanceof LessonClosed) {
            status = LessonEntry.LessonStatus.CLOSED;
        } else if (event instanceof FollowUpScheduled e) {
            followUpOn = e.on();
        } else if (event instanceof OutcomeRecorded e) {
            outcome = new LessonEntry.Outcome(e.held(), e.note(), e.actor(), e.occurredAt());
        }
        return new LessonEntry(entry.id(), entry.title(), entry.whatHappened(), entry.project(), entry.severity(),
                entry.failedOn(), status, entry.author(), insights, insightAuthors, adaptations, followUpOn, outcome,
                entry.readers(),
                entry.createdAt(), event.occurredAt());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
