package org.praxis.command.practice;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RequiredText;
import org.praxis.command.common.RevisionConflict;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.common.Tags;
import org.praxis.events.practice.PracticeDeprecated;
import org.praxis.events.practice.PracticeDrafted;
import org.praxis.events.practice.PracticeEndorsed;
import org.praxis.events.practice.PracticePublished;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.PracticeVerified;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A best practice: drafted, revised with a reason, published, endorsed by colleagues, verified by a
 * curator for a while, and deprecated when it no longer holds. Long-lived, so it is snapshotted.
 */
@Aggregate(snapshotTriggerDefinition = "practiceSnapshotTrigger")
class Practice {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_RATIONALE = 5_000;
    static final int MAX_VERIFICATION_DAYS = 730;

    enum Status { DRAFT, PUBLISHED, DEPRECATED }

    @AggregateIdentifier
    private String practiceId;
    private Status status;
    private int revision;
    private String title;
    private String body;
    private final Set<String> endorsers = new HashSet<>();
    /** Who wrote its text: the drafter and everyone who revised it; an endorsement is another person's word. */
    private final Set<String> writers = new HashSet<>();

    Practice() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Practice(DraftPracticeCommand command) {
        apply(new PracticeDrafted(command.practiceId(), RequiredText.of(command.title(), "a title", MAX_TITLE),
                RequiredText.of(command.body(), "the text", MAX_BODY), Tags.normalise(command.tags()),
                RequiredText.optional(command.industry(), "an industry", 100), command.motivatedBy(), command.actor(),
                now()));
    }

    @CommandHandler
    int handle(RevisePracticeCommand command) {
        requireNot(Status.DEPRECATED, "revise a deprecated practice");
        if (command.expectedRevision() != revision) {
            throw new RevisionConflict(command.expectedRevision(), revision);
        }
        String newTitle = command.title() == null ? title : RequiredText.of(command.title(), "a title", MAX_TITLE);
        String newBody = RequiredText.of(command.body(), "the text", MAX_BODY);
        if (newTitle.equals(title) && newBody.equals(body)) {
            throw new IllegalArgumentException("a revision must change the title or the text");
        }
        apply(new PracticeRevised(practiceId, revision + 1, newTitle, newBody,
                RequiredText.of(command.rationale(), "a rationale", MAX_RATIONALE), command.motivatedBy(),
                command.actor(), now()));
        return revision;
    }

    @CommandHandler
    void handle(PublishPracticeCommand command) {
        requireNot(Status.DEPRECATED, "publish a deprecated practice");
        requireNot(Status.PUBLISHED, "publish a practice twice");
        apply(new PracticePublished(practiceId, command.actor(), now()));
    }

    @CommandHandler
    void handle(EndorsePracticeCommand command) {
        require(Status.PUBLISHED, "endorse a practice that is not published");
        if (endorsers.contains(command.actor())) {
            throw new RuleViolation(command.actor() + " has already endorsed this practice");
        }
        if (writers.contains(command.actor())) {
            throw new RuleViolation("nobody endorses a practice they wrote");
        }
        apply(new PracticeEndorsed(practiceId, command.actor(), now()));
    }

    @CommandHandler
    void handle(VerifyPracticeCommand command) {
        if (!command.actor().curator()) {
            throw new NotAllowed("only curators verify practices");
        }
        require(Status.PUBLISHED, "verify a practice that is not published");
        if (command.validDays() < 1 || command.validDays() > MAX_VERIFICATION_DAYS) {
            throw new IllegalArgumentException("a verification is valid for 1 to " + MAX_VERIFICATION_DAYS + " days");
        }
        Instant at = now();
        apply(new PracticeVerified(practiceId, at.plus(Duration.ofDays(command.validDays())), command.actor().username(),
                at));
    }

    /** Deprecates, naming a successor (optional) that must be another existing practice. */
    @CommandHandler
    void handle(DeprecatePracticeCommand command, KnownPractices practices) {
        requireNot(Status.DEPRECATED, "deprecate a practice twice");
        String successor = RequiredText.optional(command.supersededBy(), "the successor", 100);
        if (practiceId.equals(successor)) {
            throw new IllegalArgumentException("a practice cannot supersede itself");
        }
        if (successor != null && !practices.exists(successor)) {
            throw new IllegalArgumentException("there is no practice " + successor + " to supersede it");
        }
        apply(new PracticeDeprecated(practiceId, RequiredText.of(command.reason(), "a reason", MAX_RATIONALE),
                successor, command.actor(), now()));
    }

    @EventSourcingHandler
    void on(PracticeDrafted event) {
        practiceId = event.practiceId();
        status = Status.DRAFT;
        revision = 1;
        title = event.title();
        body = event.body();
        writers.add(event.actor());
    }

    @EventSourcingHandler
    void on(PracticeRevised event) {
        revision = event.revision();
        title = event.title();
        body = event.body();
        writers.add(event.actor());
    }

    @EventSourcingHandler
    void on(PracticePublished event) {
        status = Status.PUBLISHED;
    }

    @EventSourcingHandler
    void on(PracticeEndorsed event) {
        endorsers.add(event.actor());
    }

    @EventSourcingHandler
    void on(PracticeDeprecated event) {
        status = Status.DEPRECATED;
    }

    private void require(Status wanted, String action) {
        if (status != wanted) {
            throw new RuleViolation("cannot " + action + " (it is " + status.name().toLowerCase() + ")");
        }
    }

    private void requireNot(Status unwanted, String action) {
        if (status == unwanted) {
            throw new RuleViolation("cannot " + action);
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
