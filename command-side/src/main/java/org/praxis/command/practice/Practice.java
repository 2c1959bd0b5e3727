package org.praxis.command.practice;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.command.common.Actor;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RequiredText;
import org.praxis.command.common.RevisionConflict;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.common.Tags;
import org.praxis.events.practice.PracticeDeprecated;
import org.praxis.events.practice.PracticeDrafted;
import org.praxis.events.practice.PracticeEndorsed;
import org.praxis.events.practice.PracticeProposalApproved;
import org.praxis.events.practice.PracticeProposalRejected;
import org.praxis.events.practice.PracticePublished;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.PracticeRevisionProposed;
import org.praxis.events.practice.PracticeVerified;
import org.praxis.events.practice.Reference;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A best practice: drafted, revised with a reason, published, endorsed by colleagues, verified by a
 * curator for a while, and deprecated when it no longer holds. Once published, it changes only by a curator's
 * hand: others propose revisions, which a curator other than their author approves or rejects. Long-lived, so it
 * is snapshotted.
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
    /** How many proposals were ever made (the next one's number is one more), and those still undecided. */
    private int proposalsMade;
    private final Map<Integer, Proposal> pending = new HashMap<>();

    /** A proposed revision awaiting a curator's decision. */
    private record Proposal(int baseRevision, String title, String body, String rationale,
                            List<Reference> motivatedBy, String author) {
    }

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

    /**
     * Revises a draft, or a published practice when the sender is a curator; anyone else's revision of a published
     * practice becomes a proposal for a curator to decide.
     */
    @CommandHandler
    RevisionOutcome handle(RevisePracticeCommand command) {
        requireNot(Status.DEPRECATED, "revise a deprecated practice");
        if (command.expectedRevision() != revision) {
            throw new RevisionConflict(command.expectedRevision(), revision);
        }
        String newTitle = command.title() == null ? title : RequiredText.of(command.title(), "a title", MAX_TITLE);
        String newBody = RequiredText.of(command.body(), "the text", MAX_BODY);
        if (newTitle.equals(title) && newBody.equals(body)) {
            throw new IllegalArgumentException("a revision must change the title or the text");
        }
        String rationale = RequiredText.of(command.rationale(), "a rationale", MAX_RATIONALE);
        String author = command.actor().username();
        if (status == Status.PUBLISHED && !command.actor().curator()) {
            apply(new PracticeRevisionProposed(practiceId, proposalsMade + 1, revision, newTitle, newBody, rationale,
                    command.motivatedBy(), author, now()));
            return new RevisionOutcome(revision, proposalsMade);
        }
        apply(new PracticeRevised(practiceId, revision + 1, newTitle, newBody, rationale, command.motivatedBy(),
                author, now()));
        return new RevisionOutcome(revision, null);
    }

    /**
     * Makes a pending proposal the next revision, in its author's name. Only a curator other than its author
     * approves, and only while the practice is still at the revision the proposal was written against.
     */
    @CommandHandler
    ApprovedProposal handle(ApprovePracticeProposalCommand command) {
        Proposal proposal = decidable(command.proposal(), command.actor(), "approve");
        requireNot(Status.DEPRECATED, "approve a proposal for a deprecated practice (reject it)");
        if (proposal.baseRevision() != revision) {
            throw new RuleViolation("proposal " + command.proposal() + " was written against revision "
                    + proposal.baseRevision() + ", but the practice is at revision " + revision
                    + " now; reject it so that its author can propose again on the current text");
        }
        Instant at = now();
        apply(new PracticeProposalApproved(practiceId, command.proposal(), revision + 1, proposal.author(),
                command.actor().username(), at));
        apply(new PracticeRevised(practiceId, revision + 1, proposal.title(), proposal.body(), proposal.rationale(),
                proposal.motivatedBy(), proposal.author(), at));
        return new ApprovedProposal(revision, proposal.motivatedBy());
    }

    /** Rejects a pending proposal, saying why; also that of a practice deprecated since, to clear it away. */
    @CommandHandler
    void handle(RejectPracticeProposalCommand command) {
        Proposal proposal = decidable(command.proposal(), command.actor(), "reject");
        apply(new PracticeProposalRejected(practiceId, command.proposal(), proposal.author(),
                RequiredText.of(command.reason(), "a reason", MAX_RATIONALE), command.actor().username(), now()));
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
    void on(PracticeRevisionProposed event) {
        proposalsMade = event.proposal();
        pending.put(event.proposal(), new Proposal(event.baseRevision(), event.title(), event.body(),
                event.rationale(), event.motivatedBy(), event.actor()));
    }

    @EventSourcingHandler
    void on(PracticeProposalApproved event) {
        pending.remove(event.proposal());
    }

    @EventSourcingHandler
    void on(PracticeProposalRejected event) {
        pending.remove(event.proposal());
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

    /** The pending proposal a curator other than its author may decide on; refuses anything else. */
    private Proposal decidable(int number, Actor actor, String decision) {
        if (!actor.curator()) {
            throw new NotAllowed("only curators " + decision + " proposals");
        }
        if (number < 1 || number > proposalsMade) {
            throw new IllegalArgumentException("there is no proposal " + number + " for this practice");
        }
        Proposal proposal = pending.get(number);
        if (proposal == null) {
            throw new RuleViolation("proposal " + number + " has already been decided");
        }
        if (proposal.author().equals(actor.username())) {
            throw new RuleViolation("nobody can " + decision + " their own proposal: another curator decides");
        }
        return proposal;
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
