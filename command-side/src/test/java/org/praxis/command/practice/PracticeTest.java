package org.praxis.command.practice;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.command.common.Actor;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RevisionConflict;
import org.praxis.command.common.RuleViolation;
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
import java.util.List;
import java.util.Set;

class PracticeTest {

    private static final Actor CAROL_CURATOR = new Actor("carol", false, true);

    private static final String ID = "practice-1";
    private static final String TITLE = "Pair on risky changes";
    private static final String BODY = "Two people review every change to the billing code.";

    private static final Reference LESSON = new Reference(Reference.Kind.LESSON, "lesson-1");

    /** The one other practice that exists. */
    private static final String EXISTING = "practice-2";

    private AggregateTestFixture<Practice> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Practice.class);
        fixture.registerInjectableResource((KnownPractices) EXISTING::equals);
        now = fixture.currentTime();
    }

    @Test
    void aDraftRecordsTheTrimmedTextWithNormalisedTags() {
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, "  " + TITLE + "  ", " " + BODY + " ",
                        Set.of(" Review ", "QUALITY", "  "), " Finance ", List.of(LESSON), "alice"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PracticeDrafted(ID, TITLE, BODY, Set.of("quality", "review"), "Finance",
                        List.of(LESSON), "alice", now));
    }

    @Test
    void aDraftWithoutAnIndustryRecordsNone() {
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, TITLE, BODY, null, "  ", null, "alice"))
                .expectEvents(new PracticeDrafted(ID, TITLE, BODY, Set.of(), null, List.of(), "alice", now));
    }

    @Test
    void aDraftWithoutATitleIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, "  ", BODY, Set.of(), null, null, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aDraftWithoutTextIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, TITLE, null, Set.of(), null, null, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aTitleLongerThanThreeHundredCharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftPracticeCommand(ID, "x".repeat(301), BODY, Set.of(), null, null, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void theFirstRevisionOfADraftIsRevisionTwo() {
        List<Reference> motivatedBy = List.of(new Reference(Reference.Kind.LESSON, "lesson-1"));
        fixture.given(drafted())
                .when(new RevisePracticeCommand(ID, null, " New text ", " After the outage ", motivatedBy, 1,
                        Actor.of("bob")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PracticeRevised(ID, 2, TITLE, "New text", "After the outage", motivatedBy, "bob",
                        now))
                .expectResultMessagePayload(new RevisionOutcome(2, null));
    }

    @Test
    void theNewRevisionsNumberIsTheCommandsResult() {
        fixture.given(drafted(), revised(2, "Second text"))
                .when(new RevisePracticeCommand(ID, "Pair on every change", "Second text", "Wider scope", null, 2,
                        Actor.of("bob")))
                .expectEvents(new PracticeRevised(ID, 3, "Pair on every change", "Second text", "Wider scope",
                        List.of(), "bob", now))
                .expectResultMessagePayload(new RevisionOutcome(3, null));
    }

    @Test
    void aRevisionBasedOnAnOlderRevisionIsRefused() {
        fixture.given(drafted(), revised(2, "Second text"))
                .when(new RevisePracticeCommand(ID, null, "Third text", "Stale edit", null, 1, Actor.of("carol")))
                .expectException(RevisionConflict.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionWithoutARationaleIsRefused() {
        fixture.given(drafted())
                .when(new RevisePracticeCommand(ID, null, "New text", "  ", null, 1, Actor.of("bob")))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionWithoutTextIsRefused() {
        fixture.given(drafted())
                .when(new RevisePracticeCommand(ID, "New title", null, "Shorter", null, 1, Actor.of("bob")))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionThatChangesNothingIsRefused() {
        fixture.given(drafted())
                .when(new RevisePracticeCommand(ID, " " + TITLE, BODY + " ", "No reason", null, 1,
                        Actor.of("bob")))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionMayChangeOnlyTheTitle() {
        fixture.given(drafted())
                .when(new RevisePracticeCommand(ID, "Pair on billing changes", BODY, "Clearer title", null, 1,
                        Actor.of("bob")))
                .expectEvents(new PracticeRevised(ID, 2, "Pair on billing changes", BODY, "Clearer title", List.of(),
                        "bob", now));
    }

    @Test
    void aDeprecatedPracticeCannotBeRevised() {
        fixture.given(drafted(), deprecated())
                .when(new RevisePracticeCommand(ID, null, "New text", "Revive it", null, 1, Actor.of("bob")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDraftCanBePublished() {
        fixture.given(drafted())
                .when(new PublishPracticeCommand(ID, "alice"))
                .expectEvents(new PracticePublished(ID, "alice", now));
    }

    @Test
    void aRevisedDraftCanBePublished() {
        fixture.given(drafted(), revised(2, "Second text"))
                .when(new PublishPracticeCommand(ID, "alice"))
                .expectEvents(new PracticePublished(ID, "alice", now));
    }

    @Test
    void aPracticeIsPublishedOnlyOnce() {
        fixture.given(drafted(), published())
                .when(new PublishPracticeCommand(ID, "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeprecatedPracticeCannotBePublished() {
        fixture.given(drafted(), deprecated())
                .when(new PublishPracticeCommand(ID, "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPublishedPracticeCanBeEndorsed() {
        fixture.given(drafted(), published())
                .when(new EndorsePracticeCommand(ID, "bob"))
                .expectEvents(new PracticeEndorsed(ID, "bob", now));
    }

    @Test
    void nobodyEndorsesAPracticeTheyDraftedOrRevised() {
        fixture.given(drafted(), published())
                .when(new EndorsePracticeCommand(ID, "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(drafted(), revised(2, "Review every change twice."), published())
                .when(new EndorsePracticeCommand(ID, "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void eachColleagueEndorsesAPracticeOnlyOnce() {
        fixture.given(drafted(), published(), new PracticeEndorsed(ID, "bob", now))
                .when(new EndorsePracticeCommand(ID, "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherColleagueCanStillEndorseAnEndorsedPractice() {
        fixture.given(drafted(), published(), new PracticeEndorsed(ID, "bob", now))
                .when(new EndorsePracticeCommand(ID, "carol"))
                .expectEvents(new PracticeEndorsed(ID, "carol", now));
    }

    @Test
    void aDraftCannotBeEndorsed() {
        fixture.given(drafted())
                .when(new EndorsePracticeCommand(ID, "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeprecatedPracticeCannotBeEndorsed() {
        fixture.given(drafted(), published(), deprecated())
                .when(new EndorsePracticeCommand(ID, "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCuratorsVerificationHoldsForTheGivenNumberOfDays() {
        fixture.given(drafted(), published())
                .when(new VerifyPracticeCommand(ID, 90, CAROL_CURATOR))
                .expectEvents(new PracticeVerified(ID, now.plus(Duration.ofDays(90)), "carol", now));
    }

    @Test
    void aVerificationMayHoldForUpToSevenHundredThirtyDays() {
        fixture.given(drafted(), published())
                .when(new VerifyPracticeCommand(ID, 730, CAROL_CURATOR))
                .expectEvents(new PracticeVerified(ID, now.plus(Duration.ofDays(730)), "carol", now));
        fixture.given(drafted(), published())
                .when(new VerifyPracticeCommand(ID, 1, CAROL_CURATOR))
                .expectEvents(new PracticeVerified(ID, now.plus(Duration.ofDays(1)), "carol", now));
    }

    @Test
    void onlyCuratorsVerifyPractices() {
        fixture.given(drafted(), published())
                .when(new VerifyPracticeCommand(ID, 90, Actor.of("bob")))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void aDraftCannotBeVerified() {
        fixture.given(drafted())
                .when(new VerifyPracticeCommand(ID, 90, CAROL_CURATOR))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeprecatedPracticeCannotBeVerified() {
        fixture.given(drafted(), published(), deprecated())
                .when(new VerifyPracticeCommand(ID, 90, CAROL_CURATOR))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aVerificationForLessThanADayOrMoreThanTwoYearsIsRefused() {
        fixture.given(drafted(), published())
                .when(new VerifyPracticeCommand(ID, 0, CAROL_CURATOR))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.given(drafted(), published())
                .when(new VerifyPracticeCommand(ID, 731, CAROL_CURATOR))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aDeprecationRecordsTheReasonAndTheSuccessor() {
        fixture.given(drafted(), published())
                .when(new DeprecatePracticeCommand(ID, " Replaced by automation ", " practice-2 ", "alice"))
                .expectEvents(new PracticeDeprecated(ID, "Replaced by automation", "practice-2", "alice", now));
    }

    @Test
    void aSuccessorThatIsNoPracticeIsRefused() {
        fixture.given(drafted(), published())
                .when(new DeprecatePracticeCommand(ID, "Replaced", "practice-404", "alice"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("there is no practice practice-404 to supersede it")
                .expectNoEvents();
    }

    @Test
    void aDeprecationWithoutASuccessorRecordsNone() {
        fixture.given(drafted())
                .when(new DeprecatePracticeCommand(ID, "No longer holds", "  ", "alice"))
                .expectEvents(new PracticeDeprecated(ID, "No longer holds", null, "alice", now));
    }

    @Test
    void aDeprecationWithoutAReasonIsRefused() {
        fixture.given(drafted(), published())
                .when(new DeprecatePracticeCommand(ID, "  ", "practice-2", "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aPracticeIsDeprecatedOnlyOnce() {
        fixture.given(drafted(), published(), deprecated())
                .when(new DeprecatePracticeCommand(ID, "Still outdated", null, "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPracticeCannotSupersedeItself() {
        fixture.given(drafted(), published())
                .when(new DeprecatePracticeCommand(ID, "Replaced", " " + ID + " ", "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aCuratorRevisesAPublishedPracticeAtOnce() {
        fixture.given(drafted(), published())
                .when(new RevisePracticeCommand(ID, null, "New text", "After the outage", null, 1, CAROL_CURATOR))
                .expectEvents(new PracticeRevised(ID, 2, TITLE, "New text", "After the outage", List.of(), "carol",
                        now))
                .expectResultMessagePayload(new RevisionOutcome(2, null));
    }

    @Test
    void anyoneElsesRevisionOfAPublishedPracticeIsAProposalThatChangesNothingYet() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new RevisePracticeCommand(ID, "Pair on every change", "Other text", "Wider scope",
                        List.of(LESSON), 1, Actor.of("dave")))
                .expectEvents(new PracticeRevisionProposed(ID, 2, 1, "Pair on every change", "Other text",
                        "Wider scope", List.of(LESSON), "dave", now))
                .expectResultMessagePayload(new RevisionOutcome(1, 2));
    }

    @Test
    void anApprovedProposalBecomesTheNextRevisionInItsAuthorsName() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new ApprovePracticeProposalCommand(ID, 1, CAROL_CURATOR))
                .expectEvents(new PracticeProposalApproved(ID, 1, 2, "bob", "carol", now),
                        new PracticeRevised(ID, 2, TITLE, "Proposed text", "Clarified", List.of(LESSON), "bob", now))
                .expectResultMessagePayload(new ApprovedProposal(2, List.of(LESSON)));
    }

    @Test
    void theAuthorOfAProposalCannotDecideOnIt() {
        Actor bobCurator = new Actor("bob", false, true);
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new ApprovePracticeProposalCommand(ID, 1, bobCurator))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new RejectPracticeProposalCommand(ID, 1, "Not needed", bobCurator))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void onlyCuratorsDecideOnProposals() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new ApprovePracticeProposalCommand(ID, 1, Actor.of("dave")))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new RejectPracticeProposalCommand(ID, 1, "Not needed", new Actor("root", true, false)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void aProposalIsDecidedOnlyOnce() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"),
                        new PracticeProposalRejected(ID, 1, "bob", "Too vague", "carol", now))
                .when(new ApprovePracticeProposalCommand(ID, 1, new Actor("erin", false, true)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aProposalThatDoesNotExistIsRefused() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new ApprovePracticeProposalCommand(ID, 2, CAROL_CURATOR))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aProposalWrittenAgainstAnOlderRevisionIsNotApprovedOverTheNewerOne() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"),
                        new PracticeRevised(ID, 2, TITLE, "Curated text", "Curated", List.of(), "carol", now))
                .when(new ApprovePracticeProposalCommand(ID, 1, new Actor("erin", false, true)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aProposalForAPracticeDeprecatedSinceIsRejectedNotApproved() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"), deprecated())
                .when(new ApprovePracticeProposalCommand(ID, 1, CAROL_CURATOR))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"), deprecated())
                .when(new RejectPracticeProposalCommand(ID, 1, "Deprecated", CAROL_CURATOR))
                .expectEvents(new PracticeProposalRejected(ID, 1, "bob", "Deprecated", "carol", now));
    }

    @Test
    void aRejectionRecordsTheReasonAndLeavesThePracticeAsItIs() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new RejectPracticeProposalCommand(ID, 1, " Too vague ", CAROL_CURATOR))
                .expectEvents(new PracticeProposalRejected(ID, 1, "bob", "Too vague", "carol", now));
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"))
                .when(new RejectPracticeProposalCommand(ID, 1, " ", CAROL_CURATOR))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void theAuthorOfAnApprovedProposalCannotEndorseThePractice() {
        fixture.given(drafted(), published(), proposed(1, 1, "bob", "Proposed text"),
                        new PracticeProposalApproved(ID, 1, 2, "bob", "carol", now),
                        new PracticeRevised(ID, 2, TITLE, "Proposed text", "Clarified", List.of(LESSON), "bob", now))
                .when(new EndorsePracticeCommand(ID, "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    private PracticeRevisionProposed proposed(int proposal, int baseRevision, String author, String body) {
        return new PracticeRevisionProposed(ID, proposal, baseRevision, TITLE, body, "Clarified", List.of(LESSON),
                author, now);
    }

    private PracticeDrafted drafted() {
        return new PracticeDrafted(ID, TITLE, BODY, Set.of("review"), null, List.of(), "alice", now);
    }

    private PracticeRevised revised(int revision, String body) {
        return new PracticeRevised(ID, revision, TITLE, body, "Clarified", List.of(), "bob", now);
    }

    private PracticePublished published() {
        return new PracticePublished(ID, "alice", now);
    }

    private PracticeDeprecated deprecated() {
        return new PracticeDeprecated(ID, "Outdated", null, "alice", now);
    }
}
