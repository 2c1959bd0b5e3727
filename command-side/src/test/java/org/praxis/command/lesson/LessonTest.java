package org.praxis.command.lesson;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.command.common.RuleViolation;
import org.praxis.events.lesson.AdaptationLinked;
import org.praxis.events.lesson.AdaptationProposed;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.FollowUpScheduled;
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.lesson.LessonClosed;
import org.praxis.events.lesson.OutcomeRecorded;
import org.praxis.events.lesson.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

class LessonTest {

    private static final String ID = "lesson-1";

    private AggregateTestFixture<Lesson> fixture;
    private Instant now;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Lesson.class);
        now = fixture.currentTime();
        today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Test
    void aFailureIsRecordedWithWhatHappenedWhereAndHowBadly() {
        fixture.givenNoPriorActivity()
                .when(new RecordFailureCommand(ID, "  Billing outage  ", " Invoices were sent twice. ", " Apollo ",
                        Severity.HIGH, today.minusDays(3), "alice"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FailureRecorded(ID, "Billing outage", "Invoices were sent twice.", "Apollo",
                        Severity.HIGH, today.minusDays(3), "alice", now));
    }

    @Test
    void aFailureWithoutADateHappenedToday() {
        fixture.givenNoPriorActivity()
                .when(new RecordFailureCommand(ID, "Billing outage", "Invoices were sent twice.", null,
                        Severity.LOW, null, "alice"))
                .expectEvents(new FailureRecorded(ID, "Billing outage", "Invoices were sent twice.", null,
                        Severity.LOW, today, "alice", now));
    }

    @Test
    void aFailureCannotHaveHappenedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RecordFailureCommand(ID, "Billing outage", "Invoices were sent twice.", null,
                        Severity.LOW, today.plusDays(7), "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aFailureWithoutASeverityIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordFailureCommand(ID, "Billing outage", "Invoices were sent twice.", null, null,
                        today, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aFailureWithoutATitleOrAnAccountOfWhatHappenedIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordFailureCommand(ID, " ", "Invoices were sent twice.", null, Severity.LOW, today,
                        "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordFailureCommand(ID, "Billing outage", null, null, Severity.LOW, today, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void severalPeopleCanEachAddTheirInsight() {
        fixture.given(recorded(), new InsightAdded(ID, "The retry had no idempotency key.", "alice", now))
                .when(new AddInsightCommand(ID, "  Nobody owned the retry settings.  ", "bob"))
                .expectEvents(new InsightAdded(ID, "Nobody owned the retry settings.", "bob", now));
    }

    @Test
    void aBlankInsightIsRefused() {
        fixture.given(recorded())
                .when(new AddInsightCommand(ID, "   ", "bob"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aClosedLessonTakesNoMoreInsights() {
        fixture.given(recorded(), closed())
                .when(new AddInsightCommand(ID, "One more thought.", "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAdaptationLinksTheLessonToTheRevisionOfThePracticeItChanged() {
        fixture.given(recorded())
                .when(new LinkAdaptationCommand(ID, "practice-1", 2, "alice"))
                .expectEvents(new AdaptationLinked(ID, "practice-1", 2, "alice", now));
    }

    @Test
    void anAdaptationNeedsAPracticeAndARevisionFromOne() {
        fixture.given(recorded())
                .when(new LinkAdaptationCommand(ID, " ", 1, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.given(recorded())
                .when(new LinkAdaptationCommand(ID, "practice-1", 0, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aClosedLessonTakesNoMoreAdaptations() {
        fixture.given(recorded(), closed())
                .when(new LinkAdaptationCommand(ID, "practice-1", 2, "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAdaptationAwaitingACuratorIsRecordedAsAProposal() {
        fixture.given(recorded())
                .when(new ProposeAdaptationCommand(ID, "practice-1", 3, "bob"))
                .expectEvents(new AdaptationProposed(ID, "practice-1", 3, "bob", now));
        fixture.given(recorded(), closed())
                .when(new ProposeAdaptationCommand(ID, "practice-1", 3, "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anApprovedProposalIsLinkedEvenAfterTheLessonWasClosed() {
        fixture.given(recorded(), new AdaptationProposed(ID, "practice-1", 3, "bob", now), closed())
                .when(new LinkApprovedAdaptationCommand(ID, "practice-1", 3, 5, "carol"))
                .expectEvents(new AdaptationLinked(ID, "practice-1", 5, "carol", now));
    }

    @Test
    void anApprovedProposalTheLessonDidNotMakeIsNotLinked() {
        fixture.given(recorded(), new AdaptationProposed(ID, "practice-1", 3, "bob", now))
                .when(new LinkApprovedAdaptationCommand(ID, "practice-1", 4, 5, "carol"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFollowUpIsScheduledForALessonThatChangedAPracticeEvenAfterItWasClosed() {
        fixture.given(recorded(), linked(), closed())
                .when(new ScheduleFollowUpCommand(ID, today.plusDays(90), "alice"))
                .expectEvents(new FollowUpScheduled(ID, today.plusDays(90), "alice", now));
    }

    @Test
    void aFollowUpNeedsAnAdaptationAndADayToCome() {
        fixture.given(recorded(), new AdaptationProposed(ID, "practice-1", 1, "bob", now))
                .when(new ScheduleFollowUpCommand(ID, today.plusDays(90), "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(recorded(), linked())
                .when(new ScheduleFollowUpCommand(ID, today, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.given(recorded(), linked())
                .when(new ScheduleFollowUpCommand(ID, today.plusDays(731), "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void theOutcomeIsRecordedOnceAndAChangeThatDidNotHoldSaysWhy() {
        fixture.given(recorded(), linked(), new FollowUpScheduled(ID, today.plusDays(30), "alice", now))
                .when(new RecordOutcomeCommand(ID, false, " It happened again in March. ", "bob"))
                .expectEvents(new OutcomeRecorded(ID, false, "It happened again in March.", "bob", now));
        fixture.given(recorded(), linked())
                .when(new RecordOutcomeCommand(ID, false, " ", "bob"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.given(recorded(), linked(), new OutcomeRecorded(ID, true, null, "bob", now))
                .when(new RecordOutcomeCommand(ID, true, null, "carol"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(recorded(), linked(), new OutcomeRecorded(ID, true, null, "bob", now))
                .when(new ScheduleFollowUpCommand(ID, today.plusDays(30), "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(recorded())
                .when(new RecordOutcomeCommand(ID, true, null, "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aLessonCanBeClosed() {
        fixture.given(recorded(), new InsightAdded(ID, "The retry had no idempotency key.", "alice", now),
                        new AdaptationLinked(ID, "practice-1", 2, "alice", now))
                .when(new CloseLessonCommand(ID, "alice"))
                .expectEvents(new LessonClosed(ID, "alice", now));
    }

    @Test
    void aLessonIsClosedOnlyOnce() {
        fixture.given(recorded(), closed())
                .when(new CloseLessonCommand(ID, "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    private FailureRecorded recorded() {
        return new FailureRecorded(ID, "Billing outage", "Invoices were sent twice.", "Apollo", Severity.HIGH,
                today, "alice", now);
    }

    private AdaptationLinked linked() {
        return new AdaptationLinked(ID, "practice-1", 2, "alice", now);
    }

    private LessonClosed closed() {
        return new LessonClosed(ID, "alice", now);
    }
}
