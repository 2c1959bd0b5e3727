package org.praxis.query.lesson;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.praxis.query.ProjectionIndex;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a practice's revisions held: a revision a lesson made "recurred" when a failure recorded by another lesson
 * that also changed the practice happened after that revision was linked. What no post-mortem tool links (issue 20):
 * the failure, the practice revision it caused, and the next failure despite it.
 */
public class Recurrences {

    /** More lessons than this changing one practice would be a practice nobody can keep. */
    static final int MAX_LESSONS = 200;

    private final ProjectionIndex<LessonEntry> index;

    public Recurrences(ProjectionIndex<LessonEntry> index) {
        this.index = index;
    }

    /** A failure ({@code lessonId}, on {@code failedOn}) that happened again after revision {@code revision}. */
    public record Recurrence(int revision, String lessonId, String lessonTitle, LocalDate failedOn) {
    }

    /** The recurrences of the practice's revisions, by revision, then by the day of the failure. */
    public List<Recurrence> of(String practiceId) {
        Query changedIt = Query.of(q -> q.term(t -> t.field("adaptedPractices").value(FieldValue.of(practiceId))));
        return of(practiceId, index.where(changedIt, MAX_LESSONS));
    }

    /** The rule on its own: for each revision a lesson made, the other lessons' failures after it was linked. */
    static List<Recurrence> of(String practiceId, List<LessonEntry> lessons) {
        List<Recurrence> recurrences = new ArrayList<>();
        for (LessonEntry lesson : lessons) {
            for (LessonEntry.Adaptation adaptation : lesson.adaptations()) {
                if (!adaptation.practiceId().equals(practiceId)) {
                    continue;
                }
                LocalDate revised = LocalDate.ofInstant(adaptation.at(), ZoneOffset.UTC);
                lessons.stream().filter(later -> !later.id().equals(lesson.id()))
                        .filter(later -> later.adaptedPractices().contains(practiceId))
                        .filter(later -> later.failedOn().isAfter(revised))
                        .forEach(later -> recurrences.add(new Recurrence(adaptation.practiceRevision(), later.id(),
                                later.title(), later.failedOn())));
            }
        }
        recurrences.sort(Comparator.comparingInt(Recurrence::revision).thenComparing(Recurrence::failedOn));
        return recurrences.stream().distinct().toList();
    }
}
