package org.praxis.query.lesson;

import org.junit.jupiter.api.Test;
import org.praxis.events.lesson.AdaptationLinked;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.FollowUpScheduled;
import org.praxis.events.lesson.OutcomeRecorded;
import org.praxis.events.lesson.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrencesTest {

    private static final Instant MARCH = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void aFailureAfterARevisionALessonMadeIsARecurrenceOfThatRevision() {
        LessonEntry first = adapted(lesson("l1", "Leaked key", LocalDate.of(2026, 3, 2)), "p1", 2, MARCH);
        LessonEntry again = adapted(lesson("l2", "Leaked key again", LocalDate.of(2026, 6, 1)), "p1", 3,
                Instant.parse("2026-06-03T09:00:00Z"));
        LessonEntry before = adapted(lesson("l3", "Older leak", LocalDate.of(2026, 3, 1)), "p1", 4,
                Instant.parse("2026-06-05T09:00:00Z"));

        assertThat(Recurrences.of("p1", List.of(first, again, before))).containsExactly(
                new Recurrences.Recurrence(2, "l2", "Leaked key again", LocalDate.of(2026, 6, 1)));
    }

    @Test
    void otherPracticesAndTheLessonItselfAreNoRecurrence() {
        LessonEntry first = adapted(lesson("l1", "Leaked key", LocalDate.of(2026, 3, 2)), "p1", 2, MARCH);
        LessonEntry elsewhere = adapted(lesson("l2", "Slow build", LocalDate.of(2026, 6, 1)), "p9", 2, MARCH);

        assertThat(Recurrences.of("p1", List.of(first, elsewhere))).isEmpty();
        assertThat(first.adaptedPractices()).containsExactly("p1");
    }

    @Test
    void aFollowUpAndItsOutcomeAreKeptOnTheLesson() {
        LessonEntry lesson = adapted(lesson("l1", "Leaked key", LocalDate.of(2026, 3, 2)), "p1", 2, MARCH);
        lesson = LessonChanges.apply(lesson, new FollowUpScheduled("l1", LocalDate.of(2026, 6, 1), "ann", MARCH));
        assertThat(lesson.followUpOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(lesson.outcome()).isNull();

        Instant checked = Instant.parse("2026-06-01T10:00:00Z");
        lesson = LessonChanges.apply(lesson, new OutcomeRecorded("l1", false, "It leaked again.", "bob", checked));
        assertThat(lesson.outcome()).isEqualTo(new LessonEntry.Outcome(false, "It leaked again.", "bob", checked));
    }

    private static LessonEntry lesson(String id, String title, LocalDate failedOn) {
        return LessonChanges.apply(null, new FailureRecorded(id, title, "What happened.", null, Severity.HIGH,
                failedOn, "ann", failedOn.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static LessonEntry adapted(LessonEntry lesson, String practiceId, int revision, Instant at) {
        return LessonChanges.apply(lesson, new AdaptationLinked(lesson.id(), practiceId, revision, "ann", at));
    }
}
