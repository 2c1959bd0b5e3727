package org.praxis.command.lesson;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.command.common.RequiredText;
import org.praxis.command.common.RuleViolation;
import org.praxis.events.lesson.AdaptationLinked;
import org.praxis.events.lesson.AdaptationProposed;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.FollowUpScheduled;
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.lesson.LessonClosed;
import org.praxis.events.lesson.OutcomeRecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Learning from a failure in three steps: the failure is recognised (recorded), people make sense
 * of it (insights), and the organisation adapts (a practice is created or revised). Then it is closed, and on a
 * follow-up day someone records whether the adaptation held.
 */
@Aggregate
class Lesson {

    static final int MAX_TEXT = 20_000;
    static final int MAX_FOLLOW_UP_DAYS = 730;

    @AggregateIdentifier
    private String lessonId;
    private boolean closed;
    /** Whether the lesson changed a practice (an adaptation is linked), and whether its outcome was recorded. */
    private boolean adapted;
    private boolean outcomeRecorded;
    /** Adaptations this lesson proposed to a curator (a proposal is approved at most once). */
    private final Set<ProposedAdaptation> proposals = new HashSet<>();

    private record ProposedAdaptation(String practiceId, int proposal) {
    }

    Lesson() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Lesson(RecordFailureCommand command) {
        Instant at = now();
        if (command.severity() == null) {
            throw new IllegalArgumentException("a severity is required: LOW, MEDIUM, HIGH or CRITICAL");
        }
        LocalDate failedOn = command.failedOn() == null ? LocalDate.ofInstant(at, ZoneOffset.UTC) : command.failedOn();
        // a day of slack: it may already be tomorrow in the reporter's time zone
        if (failedOn.isAfter(LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(1))) {
            throw new IllegalArgumentException("a failure cannot have happened in the future");
        }
        apply(new FailureRecorded(command.lessonId(), RequiredText.of(command.title(), "a title", 300),
                RequiredText.of(command.whatHappened(), "what happened", MAX_TEXT),
                RequiredText.optional(command.project(), "a project", 200), command.severity(), failedOn,
                command.actor(), at));
    }

    @CommandHandler
    void handle(AddInsightCommand command) {
        requireOpen("add an insight to");
        apply(new InsightAdded(lessonId, RequiredText.of(command.text(), "an insight", MAX_TEXT), command.actor(),
                now()));
    }

    @CommandHandler
    void handle(LinkAdaptationCommand command) {
        requireOpen("link an adaptation to");
        RequiredText.of(command.practiceId(), "a practice", 100);
        if (command.practiceRevision() < 1) {
            throw new IllegalArgumentException("a practice revision counts from 1");
        }
        apply(new AdaptationLinked(lessonId, command.practiceId(), command.practiceRevision(), command.actor(), now()));
    }

    @CommandHandler
    void handle(ProposeAdaptationCommand command) {
        requireOpen("propose an adaptation for");
        RequiredText.of(command.practiceId(), "a practice", 100);
        apply(new AdaptationProposed(lessonId, command.practiceId(), command.proposal(), command.actor(), now()));
    }

    /** Links an approved proposal this lesson made; a closed lesson still does: the adaptation was its own. */
    @CommandHandler
    void handle(LinkApprovedAdaptationCommand command) {
        if (proposals.contains(new ProposedAdaptation(command.practiceId(), command.proposal()))) {
            apply(new AdaptationLinked(lessonId, command.practiceId(), command.practiceRevision(), command.actor(),
                    now()));
        }
    }

    /**
     * Sets the day to check whether the adaptation held: only once the lesson changed a practice, a day after today
     * and within {@value #MAX_FOLLOW_UP_DAYS} days, and until the outcome is recorded. An open or a closed lesson
     * may: the check usually comes after closing.
     */
    @CommandHandler
    void handle(ScheduleFollowUpCommand command) {
        if (!adapted) {
            throw new RuleViolation("a follow-up checks an adaptation: adapt a practice to this lesson first");
        }
        if (outcomeRecorded) {
            throw new RuleViolation("the outcome is recorded already");
        }
        LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        if (command.on() == null || !command.on().isAfter(today)
                || command.on().isAfter(today.plusDays(MAX_FOLLOW_UP_DAYS))) {
            throw new IllegalArgumentException("a follow-up is on a day after today and within "
                    + MAX_FOLLOW_UP_DAYS + " days");
        }
        apply(new FollowUpScheduled(lessonId, command.on(), command.actor(), now()));
    }

    /** Records whether the adaptation held, once; a change that did not hold needs a note saying what happened. */
    @CommandHandler
    void handle(RecordOutcomeCommand command) {
        if (!adapted) {
            throw new RuleViolation("an outcome is that of an adaptation: adapt a practice to this lesson first");
        }
        if (outcomeRecorded) {
            throw new RuleViolation("the outcome is recorded already");
        }
        if (command.held() == null) {
            throw new IllegalArgumentException("held is true or false: did the change work?");
        }
        String note = command.held() ? RequiredText.optional(command.note(), "a note", MAX_TEXT)
                : RequiredText.of(command.note(), "a note on what happened", MAX_TEXT);
        apply(new OutcomeRecorded(lessonId, command.held(), note, command.actor(), now()));
    }

    @CommandHandler
    void handle(CloseLessonCommand command) {
        requireOpen("close");
        apply(new LessonClosed(lessonId, command.actor(), now()));
    }

    @EventSourcingHandler
    void on(FailureRecorded event) {
        lessonId = event.lessonId();
    }

    @EventSourcingHandler
    void on(AdaptationProposed event) {
        proposals.add(new ProposedAdaptation(event.practiceId(), event.proposal()));
    }

    @EventSourcingHandler
    void on(AdaptationLinked event) {
        adapted = true;
    }

    @EventSourcingHandler
    void on(OutcomeRecorded event) {
        outcomeRecorded = true;
    }

    @EventSourcingHandler
    void on(LessonClosed event) {
        closed = true;
    }

    private void requireOpen(String action) {
        if (closed) {
            throw new RuleViolation("cannot " + action + " a closed lesson");
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
