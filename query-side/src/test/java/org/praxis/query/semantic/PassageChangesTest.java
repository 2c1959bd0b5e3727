package org.praxis.query.semantic;

import org.junit.jupiter.api.Test;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentErased;
import org.praxis.events.document.DocumentRetitled;
import org.praxis.events.document.DocumentTagged;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.events.document.ExtractedText;
import org.praxis.events.document.Visibility;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.lesson.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** With the real in-process model: the vectors are the model's, and close texts are close. */
class PassageChangesTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final SentenceEmbeddings MODEL = new SentenceEmbeddings();

    private final Map<String, String> blobs = Map.of(
            "h1", "Rotate API keys every ninety days and revoke a leaked key at once.",
            "h2", "The canteen menu for the summer: salads, soups and fresh fruit.");
    private final PassageChanges changes = new PassageChanges(MODEL, (hash, max) -> blobs.get(hash));

    @Test
    void aDocumentsPassagesComeFromItsTitleAndTheTextOfItsLatestVersion() {
        PassageEntry uploaded = changes.apply(null, uploaded());
        PassageEntry read = changes.apply(uploaded, extracted(1, "h1"));

        assertThat(uploaded.passages()).isEmpty();
        assertThat(read.passages()).extracting(PassageEntry.Passage::text)
                .containsExactly("Security note Rotate API keys every ninety days and revoke a leaked key at once.");
        float[] vector = read.passages().get(0).vector();
        assertThat(vector).hasSize(SentenceEmbeddings.DIMENSIONS);
        assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-3));
        assertThat(dot(vector, MODEL.embed("how often should credentials be changed")))
                .isGreaterThan(dot(vector, MODEL.embed("what is for lunch")));
    }

    @Test
    void aNewVersionKeepsTheOldPassagesUntilItsOwnTextIsReadAndLateTextOfAnOlderVersionIsIgnored() {
        PassageEntry first = changes.apply(changes.apply(null, uploaded()), extracted(1, "h1"));
        PassageEntry second = changes.apply(first, new DocumentVersionAdded("d1",
                new DocumentContent(2, "c2", 10, "text/plain", "menu.txt"), "alice", null, AT));

        assertThat(second.passages()).isEqualTo(first.passages());
        assertThat(changes.apply(second, extracted(1, "h2")).passages()).isEqualTo(first.passages());
        assertThat(changes.apply(second, extracted(2, "h2")).passages().get(0).text()).contains("canteen");
    }

    @Test
    void aRetitleRemakesThePassagesOtherChangesKeepThemAndAnErasureRemovesThem() {
        PassageEntry read = changes.apply(changes.apply(null, uploaded()), extracted(1, "h1"));

        assertThat(changes.apply(read, new DocumentRetitled("d1", "Key hygiene", "alice", AT)).passages().get(0).text())
                .startsWith("Key hygiene Rotate");
        assertThat(changes.apply(read, new DocumentTagged("d1", "security", "alice", AT))).isSameAs(read);
        assertThat(changes.apply(read, new DocumentErased("d1", "admin", AT))).isNull();
    }

    @Test
    void aLessonsPassagesTakeInEveryInsight() {
        PassageEntry recorded = changes.apply(null, new FailureRecorded("l1", "Leaked key", "A key stayed valid for 94 days.",
                "Apollo", Severity.HIGH, LocalDate.of(2026, 3, 2), "bob", AT));
        PassageEntry withInsight = changes.apply(recorded, new InsightAdded("l1", "Yearly rotation is too slow.", "eve", AT));

        assertThat(withInsight.passages()).extracting(PassageEntry.Passage::text)
                .containsExactly("Leaked key A key stayed valid for 94 days. Yearly rotation is too slow.");
    }

    private static DocumentUploaded uploaded() {
        return new DocumentUploaded("d1", "Security note", new DocumentContent(1, "c1", 10, "text/plain", "note.txt"),
                Set.of(), null, Visibility.organization(), "alice", AT);
    }

    private static DocumentTextExtracted extracted(int version, String hash) {
        return new DocumentTextExtracted("d1", version, new ExtractedText(hash, 60, "en", null, 1, "Tika", List.of(), List.of()),
                "system", AT);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
