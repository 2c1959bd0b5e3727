package org.praxis.query.lesson;

import org.junit.jupiter.api.Test;
import org.praxis.events.lesson.AdaptationLinked;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.lesson.LessonClosed;
import org.praxis.events.lesson.Severity;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonChangesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aLessonGathersInsightsAndAdaptationsUntilItIsClosed() {
        LessonEntry entry = LessonChanges.apply(null, new FailureRecorded("l1", "Outage", "The nodes ran out of memory.",
                "Apollo", Severity.HIGH, LocalDate.of(2026, 2, 27), "ann", T0));
        entry = LessonChanges.apply(entry, new InsightAdded("l1", "Limits were too low.", "bob", T0.plusSeconds(60)));
        entry = LessonChanges.apply(entry, new InsightAdded("l1", "Alerts came late.", "bob", T0.plusSeconds(120)));
        entry = LessonChanges.apply(entry, new InsightAdded("l1", "Nobody owned the dashboard.", "cy",
                T0.plusSeconds(180)));
        entry = LessonChanges.apply(entry, new AdaptationLinked("l1", "p1", 2, "ann", T0.plusSeconds(240)));

        assertThat(entry.status()).isEqualTo(LessonEntry.LessonStatus.OPEN);
        assertThat(entry.insights()).extracting(LessonEntry.Insight::text)
                .containsExactly("Limits were too low.", "Alerts came late.", "Nobody owned the dashboard.");
        assertThat(entry.insightAuthors()).containsExactlyInAnyOrder("bob", "cy");
        assertThat(entry.adaptations()).containsExactly(new LessonEntry.Adaptation("p1", 2, "ann",
                T0.plusSeconds(240)));
        assertThat(entry.author()).isEqualTo("ann");

        LessonEntry closed = LessonChanges.apply(entry, new LessonClosed("l1", "ann", T0.plusSeconds(300)));

        assertThat(closed.status()).isEqualTo(LessonEntry.LessonStatus.CLOSED);
        assertThat(closed.insights()).hasSize(3);
        assertThat(closed.createdAt()).isEqualTo(T0);
        assertThat(closed.updatedAt()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void anInsightBeforeTheFailureWasRecordedIsAnError() {
        assertThatThrownBy(() -> LessonChanges.apply(null, new InsightAdded("l9", "Too early.", "bob", T0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("l9");
    }
}
