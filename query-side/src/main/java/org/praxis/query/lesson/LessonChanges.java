package org.praxis.query.lesson;

import org.praxis.events.lesson.AdaptationLinked;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.lesson.LessonClosed;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.query.Viewer;

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
                    LessonEntry.LessonStatus.OPEN, e.actor(), List.of(), Set.of(), List.of(),
                    Set.of(Viewer.ORGANIZATION), e.occurredAt(), e.occurredAt());
        }
        if (entry == null) {
            throw new IllegalStateException("lesson " + event.lessonId() + " changed before its failure was recorded");
        }
        List<LessonEntry.Insight> insights = entry.insights();
        Set<String> insightAuthors = entry.insightAuthors();
        List<LessonEntry.Adaptation> adaptations = entry.adaptations();
        LessonEntry.LessonStatus status = entry.status();
        if (event instanceof InsightAdded e) {
            insights = append(insights, new LessonEntry.Insight(e.actor(), e.text(), e.occurredAt()));
            insightAuthors = new LinkedHashSet<>(insightAuthors);
            insightAuthors.add(e.actor());
        } else if (event instanceof AdaptationLinked e) {
            adaptations = append(adaptations,
                    new LessonEntry.Adaptation(e.practiceId(), e.practiceRevision(), e.actor(), e.occurredAt()));
        } else if (event instanceof LessonClosed) {
            status = LessonEntry.LessonStatus.CLOSED;
        }
        return new LessonEntry(entry.id(), entry.title(), entry.whatHappened(), entry.project(), entry.severity(),
                entry.failedOn(), status, entry.author(), insights, insightAuthors, adaptations, entry.readers(),
                entry.createdAt(), event.occurredAt());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
