package org.praxis.query.document;

import org.junit.jupiter.api.Test;
import org.praxis.events.document.DocumentAccessChanged;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentExtractionFailed;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.events.document.ExtractedText;
import org.praxis.events.document.ExtractionFailure;
import org.praxis.events.document.Visibility;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentChangesTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private final DocumentChanges changes = new DocumentChanges((hash, max) -> ("text of " + hash).substring(0,
            Math.min(max, 8 + hash.length())), 100);

    @Test
    void anUploadedDocumentIsProcessingAndVisibleToItsOwnerAndTheOrganisation() {
        DocumentEntry entry = changes.apply(null, uploaded(Visibility.organization()));

        assertThat(entry.status()).isEqualTo(DocumentStatus.PROCESSING);
        assertThat(entry.readers()).containsExactlyInAnyOrder("user:alice", "org");
        assertThat(entry.displayTitle()).isEqualTo("plan.pdf");
    }

    @Test
    void groupAndPrivateVisibilityNarrowTheReaders() {
        DocumentEntry entry = changes.apply(null, uploaded(Visibility.organization()));

        DocumentEntry groups = changes.apply(entry, new DocumentAccessChanged("d1",
                new Visibility(Visibility.Scope.GROUPS, Set.of("hr", "ops")), "alice", T0));
        DocumentEntry privately = changes.apply(groups, new DocumentAccessChanged("d1", Visibility.privateTo(), "alice",
                T0));

        assertThat(groups.readers()).containsExactlyInAnyOrder("user:alice", "group:hr", "group:ops");
        assertThat(privately.readers()).containsExactly("user:alice");
    }

    @Test
    void theExtractedTextMakesTheDocumentSearchableUnderItsExtractedTitle() {
        DocumentEntry entry = changes.apply(null, uploaded(Visibility.organization()));

        DocumentEntry indexed = changes.apply(entry, extracted(1, "abc"));

        assertThat(indexed.status()).isEqualTo(DocumentStatus.INDEXED);
        assertThat(indexed.text()).isEqualTo("text of abc");
        assertThat(indexed.displayTitle()).isEqualTo("Plan");
    }

    @Test
    void aLateResultForAnOlderVersionDoesNotReplaceTheNewerVersionsState() {
        DocumentEntry entry = changes.apply(null, uploaded(Visibility.organization()));
        DocumentEntry second = changes.apply(entry, new DocumentVersionAdded("d1",
                new DocumentContent(2, "h2", 20, "application/pdf", "plan-v2.pdf"), "bob", null, T0.plusSeconds(5)));

        DocumentEntry afterLateResult = changes.apply(second, extracted(1, "old"));

        assertThat(afterLateResult.status()).isEqualTo(DocumentStatus.PROCESSING);
        assertThat(afterLateResult.text()).isNull();
        assertThat(afterLateResult.versions()).hasSize(2);
    }

    @Test
    void someoneElsesNewVersionMakesThemAReviserAndTheFilesWritersAreItsAuthors() {
        DocumentEntry entry = changes.apply(null, uploaded(Visibility.organization()));
        DocumentEntry byOwner = changes.apply(entry, new DocumentVersionAdded("d1",
                new DocumentContent(2, "h2", 20, "application/pdf", "plan-v2.pdf"), "alice", null, T0.plusSeconds(5)));
        DocumentEntry byBob = changes.apply(byOwner, new DocumentVersionAdded("d1",
                new DocumentContent(3, "h3", 20, "application/pdf", "plan-v3.pdf"), "bob", null, T0.plusSeconds(9)));
        DocumentEntry read = changes.apply(byBob, new DocumentTextExtracted("d1", 3, new ExtractedText("h3t", 11, "en",
                null, 1, "tika", List.of(), List.of("Carol Diaz", "Bob Jones")), "system", T0.plusSeconds(10)));

        assertThat(byOwner.revisers()).isEmpty();
        assertThat(read.revisers()).containsExactly("bob");
        assertThat(read.authors()).containsExactly("Carol Diaz", "Bob Jones");
        assertThat(read.owner()).isEqualTo("alice");
    }

    @Test
    void aFailureIsShownWithItsReason() {
        DocumentEntry entry = changes.apply(null, uploaded(Visibility.organization()));

        DocumentEntry failed = changes.apply(entry, new DocumentExtractionFailed("d1", 1,
                new ExtractionFailure(ExtractionFailure.Reason.ENCRYPTED, "the file is password protected"),
                "system", T0));

        assertThat(failed.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(failed.error()).isEqualTo("ENCRYPTED: the file is password protected");
    }

    @Test
    void textBeyondTheSearchableLimitIsCutWithAWarning() {
        DocumentEntry entry = changes.apply(null, uploaded(Visibility.organization()));

        DocumentEntry indexed = changes.apply(entry, new DocumentTextExtracted("d1", 1,
                new ExtractedText("x".repeat(200), 5_000, "en", null, null, "tika", List.of(), List.of()), "system", T0));

        assertThat(indexed.text()).hasSize(100);
        assertThat(indexed.warnings()).containsExactly("only the first 100 characters are searchable");
    }

    private static DocumentUploaded uploaded(Visibility visibility) {
        return new DocumentUploaded("d1", null, new DocumentContent(1, "h1", 10, "application/pdf", "plan.pdf"),
                Set.of(), null, visibility, "alice", T0);
    }

    private static DocumentTextExtracted extracted(int version, String hash) {
        return new DocumentTextExtracted("d1", version, new ExtractedText(hash, 11, "en", "Plan", 1, "tika", List.of(), List.of()),
                "system", T0.plusSeconds(10));
    }
}
