package org.praxis.query.lesson;

import org.praxis.events.lesson.Severity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.praxis.query.SameContent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A lesson learned from a failure, as the {@code lessons} index holds it: the failure, the insights
 * of everyone who made sense of it, the practice revisions it led to, the day to check whether they held
 * ({@code followUpOn}, null if none) and what that check found ({@code outcome}, null until recorded).
 */
public record LessonEntry(
        String id,
        String title,
        String whatHappened,
        String project,
        Severity severity,
        LocalDate failedOn,
        LessonStatus status,
        String author,
        List<Insight> insights,
        Set<String> insightAuthors,
        List<Adaptation> adaptations,
        LocalDate followUpOn,
        Outcome outcome,
        Set<String> readers,
        Instant createdAt,
        Instant updatedAt) {

    public enum LessonStatus { OPEN, CLOSED }

    public record Insight(String author, String text, Instant at) {
    }

    public record Adaptation(String practiceId, int practiceRevision, String linkedBy, Instant at) {
    }

    /** Whether the adaptation held, as {@code recordedBy} checked it. */
    public record Outcome(boolean held, String note, String recordedBy, Instant at) {
    }

    public LessonEntry {
        insights = insights == null ? List.of() : List.copyOf(insights);
        insightAuthors = insightAuthors == null ? Set.of() : Set.copyOf(insightAuthors);
        adaptations = adaptations == null ? List.of() : List.copyOf(adaptations);
        readers = readers == null ? Set.of() : Set.copyOf(readers);
    }

    /** The practices this lesson changed, each once: what the index finds a practice's lessons by. */
    @JsonProperty("adaptedPractices")
    public List<String> adaptedPractices() {
        return adaptations.stream().map(Adaptation::practiceId).distinct().toList();
    }

    /** Each lesson is its own content ({@link SameContent}): search never folds it into another item. */
    @JsonProperty(SameContent.FIELD)
    public String contentKey() {
        return id;
    }
}
