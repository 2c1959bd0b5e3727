package org.praxis.command.document;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.command.common.Actor;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RuleViolation;
import org.praxis.events.document.DocumentAccessChanged;
import org.praxis.events.document.DocumentArchived;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentErased;
import org.praxis.events.document.DocumentExtractionFailed;
import org.praxis.events.document.DocumentReadAgainRequested;
import org.praxis.events.document.DocumentRelocated;
import org.praxis.events.document.DocumentProjectChanged;
import org.praxis.events.document.DocumentRetitled;
import org.praxis.events.document.DocumentTagged;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUntagged;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.events.document.ExtractedText;
import org.praxis.events.document.ExtractionFailure;
import org.praxis.events.document.Visibility;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTest {

    /** The owner: every document here is uploaded by alice. */
    private static final Actor ALICE = Actor.of("alice");
    /** Another person, allowed to change alice's documents as an admin. */
    private static final Actor BOB_ADMIN = new Actor("bob", true, false);

    private static final String ID = "doc-1";
    private static final String HASH = "a".repeat(64);

    private AggregateTestFixture<Document> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Document.class);
        now = fixture.currentTime();
    }

    @Test
    void anUploadRecordsTheFirstVersionWithASafeFileNameAndNormalisedTags() {
        fixture.givenNoPriorActivity()
                .when(new UploadDocumentCommand(ID, "  Report  ", content(0, "../../etc/report.pdf"),
                        Set.of(" Security ", "audit"), "Apollo", null, "alice"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentUploaded(ID, "Report", content(1, "report.pdf"), Set.of("audit", "security"),
                        "Apollo", Visibility.organization(), "alice", now));
    }

    @Test
    void aTitleTooLongIsRefusedButCanBeCutToFitAtAWordBoundary() {
        String long367 = "Word ".repeat(73) + "ab";
        fixture.givenNoPriorActivity()
                .when(new UploadDocumentCommand(ID, long367, content(0, "a.pdf"), Set.of(), null, null, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();

        String fitting = UploadDocumentCommand.fittingTitle(long367);

        assertThat(fitting).hasSizeLessThanOrEqualTo(UploadDocumentCommand.MAX_TITLE_LENGTH).endsWith("Word…");
        assertThat(UploadDocumentCommand.fittingTitle("  Short  ")).isEqualTo("Short");
        assertThat(UploadDocumentCommand.fittingTitle(" ")).isNull();
        fixture.givenNoPriorActivity()
                .when(new UploadDocumentCommand(ID, fitting, content(0, "a.pdf"), Set.of(), null, null, "alice"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anEmptyFileIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new UploadDocumentCommand(ID, null, new DocumentContent(0, HASH, 0, "text/plain", "a.txt"),
                        Set.of(), null, null, "alice"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aNewVersionGetsTheNextNumber() {
        fixture.given(uploaded())
                .when(new AddDocumentVersionCommand(ID, content(0, "v2.pdf"), BOB_ADMIN, null))
                .expectEvents(new DocumentVersionAdded(ID, content(2, "v2.pdf"), "bob", null, now));
    }

    @Test
    void extractionIsRecordedOncePerVersion() {
        ExtractedText text = new ExtractedText(HASH, 42, "en", "Title", 1, "Apache Tika 3.3.1", List.of(), List.of());
        fixture.given(uploaded(), new DocumentTextExtracted(ID, 1, text, "system:text-extraction", now))
                .when(new RecordTextExtractionCommand(ID, 1, text, "system:text-extraction"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDocumentReadAgainTakesTheNewTextOfItsCurrentVersion() {
        ExtractedText scan = new ExtractedText(HASH, 0, null, null, 1, "Apache Tika 3.3.1",
                List.of("no text layer — OCR not available"), List.of());
        ExtractedText read = new ExtractedText("b".repeat(64), 42, "en", null, 1, "Apache Tika 3.3.1", List.of(), List.of());
        fixture.given(uploaded(), new DocumentTextExtracted(ID, 1, scan, "system:text-extraction", now))
                .when(new ReadDocumentAgainCommand(ID, "OCR is now available", "admin"))
                .expectEvents(new DocumentReadAgainRequested(ID, content(1, "report.pdf"), "OCR is now available",
                        "admin", now));
        fixture.given(uploaded(), new DocumentTextExtracted(ID, 1, scan, "system:text-extraction", now),
                        new DocumentReadAgainRequested(ID, content(1, "report.pdf"), "OCR is now available", "admin", now))
                .when(new RecordTextExtractionCommand(ID, 1, read, "system:text-extraction"))
                .expectEvents(new DocumentTextExtracted(ID, 1, read, "system:text-extraction", now));
    }

    @Test
    void anArchivedDocumentIsNotReadAgain() {
        fixture.given(uploaded(), new DocumentArchived(ID, "alice", now))
                .when(new ReadDocumentAgainCommand(ID, "OCR is now available", "admin"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aFailedExtractionIsRecordedWithItsReason() {
        ExtractionFailure failure = new ExtractionFailure(ExtractionFailure.Reason.ENCRYPTED, "password protected");
        fixture.given(uploaded())
                .when(new RecordExtractionFailureCommand(ID, 1, failure, "system:text-extraction"))
                .expectEvents(new DocumentExtractionFailed(ID, 1, failure, "system:text-extraction", now));
    }

    @Test
    void anExtractionResultForAVersionThatDoesNotExistIsRefused() {
        fixture.given(uploaded())
                .when(new RecordExtractionFailureCommand(ID, 2,
                        new ExtractionFailure(ExtractionFailure.Reason.CORRUPT, "x"), "system:text-extraction"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void retitlingToTheSameTitleRecordsNothing() {
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, "Report", null, null, ALICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void retitlingRecordsTheNewTitle() {
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, "Final report", null, null, ALICE))
                .expectEvents(new DocumentRetitled(ID, "Final report", "alice", now));
    }

    @Test
    void aDocumentMovesToAnotherProjectOrOutOfItsProject() {
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, null, null, null, " Apollo ", ALICE))
                .expectEvents(new DocumentProjectChanged(ID, "Apollo", "alice", now));
        fixture.given(uploaded(), new DocumentProjectChanged(ID, "Apollo", "alice", now))
                .when(new EditDocumentCommand(ID, null, null, null, "Apollo", ALICE))
                .expectNoEvents();
        fixture.given(uploaded(), new DocumentProjectChanged(ID, "Apollo", "alice", now))
                .when(new EditDocumentCommand(ID, null, null, null, " ", ALICE))
                .expectEvents(new DocumentProjectChanged(ID, null, "alice", now));
    }

    @Test
    void anEditIsRecordedWholeOrNotAtAll() {
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, "New title", Set.of("x".repeat(65)), null, ALICE))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aNewVersionsNumberIsTheCommandsResult() {
        fixture.given(uploaded(), new DocumentVersionAdded(ID, content(2, "v2.pdf"), "bob", null, now))
                .when(new AddDocumentVersionCommand(ID, content(0, "v3.pdf"), BOB_ADMIN, null))
                .expectResultMessagePayload(new ContentReceipt(3, false));
    }

    @Test
    void aBlankTitleIsRefused() {
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, "  ", null, null, ALICE))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void changingTagsRecordsWhatWasAddedAndRemoved() {
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, null, Set.of("audit", "Lessons"), null, ALICE))
                .expectEvents(new DocumentTagged(ID, "lessons", "alice", now),
                        new DocumentUntagged(ID, "security", "alice", now));
    }

    @Test
    void accessChangesAreRecordedOnlyWhenTheyChangeSomething() {
        Visibility groups = new Visibility(Visibility.Scope.GROUPS, Set.of("hr"));
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, null, null, groups, ALICE))
                .expectEvents(new DocumentAccessChanged(ID, groups, "alice", now));
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, null, null, Visibility.organization(), ALICE))
                .expectNoEvents();
    }

    @Test
    void anArchivedDocumentTakesNoNewVersionsOrTitles() {
        fixture.given(uploaded(), new DocumentArchived(ID, "alice", now))
                .when(new AddDocumentVersionCommand(ID, content(0, "v2.pdf"), ALICE, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(uploaded(), new DocumentArchived(ID, "alice", now))
                .when(new EditDocumentCommand(ID, "New", null, null, ALICE))
                .expectException(RuleViolation.class);
    }

    @Test
    void archivingTwiceRecordsItOnce() {
        fixture.given(uploaded(), new DocumentArchived(ID, "alice", now))
                .when(new ArchiveDocumentCommand(ID, ALICE))
                .expectNoEvents();
    }

    @Test
    void erasingIsRecordedWithWhoDidIt() {
        fixture.given(uploaded())
                .when(new EraseDocumentCommand(ID, "admin"))
                .expectEvents(new DocumentErased(ID, "admin", now));
    }

    @Test
    void erasingAgainFinishesQuietly() {
        fixture.given(uploaded(), new DocumentErased(ID, "admin", now))
                .when(new EraseDocumentCommand(ID, "admin"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anErasedDocumentTakesNoChangesAtAll() {
        fixture.given(uploaded(), new DocumentErased(ID, "admin", now))
                .when(new AddDocumentVersionCommand(ID, content(0, "v2.pdf"), ALICE, null))
                .expectException(RuleViolation.class);
        fixture.given(uploaded(), new DocumentErased(ID, "admin", now))
                .when(new EditDocumentCommand(ID, "New", null, null, ALICE))
                .expectException(RuleViolation.class);
        fixture.given(uploaded(), new DocumentErased(ID, "admin", now))
                .when(new ArchiveDocumentCommand(ID, ALICE))
                .expectException(RuleViolation.class);
    }

    @Test
    void textExtractedAfterTheErasureIsDropped() {
        ExtractedText text = new ExtractedText(HASH, 42, "en", "Title", 1, "Apache Tika 3.3.1", List.of(), List.of());
        fixture.given(uploaded(), new DocumentErased(ID, "admin", now))
                .when(new RecordTextExtractionCommand(ID, 1, text, "system:text-extraction"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMoveOfTheSourceFileIsRecordedOnce() {
        fixture.given(uploaded())
                .when(new RelocateDocumentCommand(ID, "projects/apollo/report.pdf", ALICE))
                .expectEvents(new DocumentRelocated(ID, "projects/apollo/report.pdf", "alice", now));
        fixture.given(uploaded(), new DocumentRelocated(ID, "projects/apollo/report.pdf", "alice", now))
                .when(new RelocateDocumentCommand(ID, "projects/apollo/report.pdf", ALICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUploadSentAgainByItsSenderAnswersWithTheDocumentAndRecordsNothing() {
        fixture.given(uploaded())
                .when(new UploadDocumentCommand(ID, "Report", content(0, "report.pdf"), Set.of(), null, null, "alice"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ContentReceipt(1, true));
        fixture.given(uploaded(), new DocumentArchived(ID, "alice", now))
                .when(new UploadDocumentCommand(ID, "Report", content(0, "report.pdf"), Set.of(), null, null, "alice"))
                .expectNoEvents()
                .expectResultMessagePayload(new ContentReceipt(1, true));
    }

    @Test
    void anUploadKeySentAgainWithOtherBytesOrByAnotherPersonIsRefused() {
        fixture.given(uploaded())
                .when(new UploadDocumentCommand(ID, "Report", other(0), Set.of(), null, null, "alice"))
                .expectException(IdempotencyKeyReused.class)
                .expectNoEvents();
        fixture.given(uploaded())
                .when(new UploadDocumentCommand(ID, "Report", content(0, "report.pdf"), Set.of(), null, null, "bob"))
                .expectException(IdempotencyKeyReused.class)
                .expectNoEvents();
    }

    @Test
    void anUploadSentAgainAfterTheErasureIsRefused() {
        fixture.given(uploaded(), new DocumentErased(ID, "admin", now))
                .when(new UploadDocumentCommand(ID, "Report", content(0, "report.pdf"), Set.of(), null, null, "alice"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aVersionSentAgainWithItsKeyAnswersWithThatVersionEvenOnceArchived() {
        IdempotencyKey key = new IdempotencyKey("v2-request");
        fixture.given(uploaded())
                .when(new AddDocumentVersionCommand(ID, other(0), BOB_ADMIN, key))
                .expectEvents(new DocumentVersionAdded(ID, other(2), "bob", "v2-request", now))
                .expectResultMessagePayload(new ContentReceipt(2, false));
        fixture.given(uploaded(), new DocumentVersionAdded(ID, other(2), "bob", "v2-request", now),
                        new DocumentVersionAdded(ID, content(3, "v3.pdf"), "alice", null, now),
                        new DocumentArchived(ID, "alice", now))
                .when(new AddDocumentVersionCommand(ID, other(0), BOB_ADMIN, key))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ContentReceipt(2, true));
    }

    @Test
    void aVersionKeyIsItsSendersOwnAndHoldsOnlyForTheSameBytes() {
        IdempotencyKey key = new IdempotencyKey("v2-request");
        fixture.given(uploaded(), new DocumentVersionAdded(ID, other(2), "bob", "v2-request", now))
                .when(new AddDocumentVersionCommand(ID, other(0), ALICE, key))
                .expectEvents(new DocumentVersionAdded(ID, other(3), "alice", "v2-request", now));
        fixture.given(uploaded(), new DocumentVersionAdded(ID, other(2), "bob", "v2-request", now))
                .when(new AddDocumentVersionCommand(ID, content(0, "v3.pdf"), BOB_ADMIN, key))
                .expectException(IdempotencyKeyReused.class)
                .expectNoEvents();
    }

    @Test
    void onlyItsOwnerOrAnAdminChangesADocument() {
        Actor carol = Actor.of("carol");
        fixture.given(uploaded())
                .when(new EditDocumentCommand(ID, "Mine now", null, null, carol))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        fixture.given(uploaded())
                .when(new AddDocumentVersionCommand(ID, content(0, "v2.pdf"), carol, null))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        fixture.given(uploaded())
                .when(new ArchiveDocumentCommand(ID, carol))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        fixture.given(uploaded())
                .when(new RelocateDocumentCommand(ID, "carol/report.pdf", carol))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        fixture.given(uploaded())
                .when(new ArchiveDocumentCommand(ID, new Actor("carol", true, false)))
                .expectEvents(new DocumentArchived(ID, "carol", now));
    }

    private DocumentUploaded uploaded() {
        return new DocumentUploaded(ID, "Report", content(1, "report.pdf"), Set.of("audit", "security"), null,
                Visibility.organization(), "alice", now);
    }

    /** Other bytes than {@link #content}'s. */
    private static DocumentContent other(int version) {
        return new DocumentContent(version, "b".repeat(64), 12, "application/pdf", "other.pdf");
    }

    private static DocumentContent content(int version, String fileName) {
        return new DocumentContent(version, HASH, 10, "application/pdf", fileName);
    }
}
