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
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.lesson.LessonClosed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Learning from a failure in three steps: the failure is recognised (recorded), people make sense
 * of it (insights), and the organisation adapts (a practice is created or revised). Then it is closed.
 */
@Aggregate
class Lesson {

    static final int MAX_TEXT = 20_000;

    @AggregateIdentifier
    private String lessonId;
    private boolean closed;
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
