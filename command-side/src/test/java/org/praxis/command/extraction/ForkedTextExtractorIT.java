package org.praxis.command.extraction;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.praxis.events.document.ExtractionFailure.Reason;
import org.praxis.command.fixtures.SharedFixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ForkedTextExtractorIT {

    /** Image-only files: their text needs OCR, which Praxis does not run yet. */
    private static final Set<String> NEEDS_OCR = Set.of("testOCR.pdf", "testOCR.png", "testTIFF_multipage.tif",
            "testJPEG_EXIF.jpg");

    @TempDir
    static Path work;
    private static ForkedTextExtractor extractor;

    @BeforeAll
    static void startWorkers() throws IOException {
        extractor = new ForkedTextExtractor(
                new ExtractionLimits(200_000, 5, Duration.ofSeconds(20), "256m", 2), work);
    }

    @AfterAll
    static void stopWorkers() {
        extractor.close();
    }

    static List<Map<String, String>> corpus() {
        return SharedFixtures.manifest(SharedFixtures.corpus());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsTheTextOfEveryCorpusDocument(Map<String, String> row) throws IOException {
        String file = row.get("file");
        Path text = work.resolve(file + ".txt");

        ExtractionResult result = extractor.extract(SharedFixtures.corpus().resolve(file), file, text);

        assertThat(result.succeeded()).as("extraction of %s: %s", file, result.failure()).isTrue();
        assertThat(canonical(result.mediaType())).isEqualTo(canonical(row.get("media_type")));
        if (NEEDS_OCR.contains(file)) {
            assertThat(result.warnings()).contains("no text found");
        } else {
            assertThat(normalised(Files.readString(text, StandardCharsets.UTF_8))).contains(normalised(row.get("phrase")));
            assertThat(result.characters()).isPositive();
        }
        if (!row.get("expected_title").isEmpty()) {
            assertThat(result.title()).isEqualTo(row.get("expected_title"));
        }
    }

    @Test
    void reportsAnEncryptedPdfAsEncrypted() throws IOException {
        ExtractionResult result = extract("testUnicodePassword.pdf");

        assertThat(result.failure().reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void stopsANestedZipBombAndCarriesOn() throws IOException {
        ExtractionResult bomb = extract("zipbomb_nested_42style.zip");
        ExtractionResult next = extractor.extract(SharedFixtures.corpus().resolve("testPDF.pdf"), "testPDF.pdf",
                work.resolve("after-bomb.txt"));

        if (bomb.succeeded()) {
            assertThat(bomb.warnings()).as("a bomb's text is never reported complete")
                    .anyMatch(w -> w.startsWith("text truncated"));
        } else {
            assertThat(bomb.failure().reason()).isIn(Reason.TIMEOUT, Reason.TOO_LARGE);
        }
        assertThat(next.succeeded()).isTrue();
    }

    @Test
    void stopsWritingAtTheCharacterLimitOnASingleEntryZipBomb() throws IOException {
        ExtractionResult result = extract("zipbomb_single_entry_1_5GiB.zip");

        if (result.succeeded()) {
            assertThat(result.characters()).isLessThanOrEqualTo(200_000);
            assertThat(result.warnings()).anyMatch(w -> w.startsWith("text truncated"));
        } else {
            assertThat(result.failure().reason()).isEqualTo(Reason.TOO_LARGE);
        }
    }

    @Test
    void flagsEmbeddedDocumentsNestedTooDeep() throws IOException {
        ExtractionResult result = extract("nested_zip_20_levels.zip");

        assertThat(result.warnings()).anyMatch(w -> w.contains("nested deeper than 5 levels"));
    }

    @Test
    void flagsPasswordProtectedZipEntriesThatTikaSkipsSilently() throws IOException {
        ExtractionResult result = extract("testZipEncrypted.zip");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.warnings()).contains("1 password-protected archive entry was not read");
    }

    @Test
    void neverResolvesExternalEntities() throws IOException {
        Path text = work.resolve("xxe.txt");
        ExtractionResult result = extractor.extract(SharedFixtures.hostile().resolve("xxe_file_passwd.xml"), "feed.xml",
                text);

        assertThat(result.succeeded()).isTrue();
        assertThat(Files.readString(text)).doesNotContain("root:x:0:0");
    }

    private ExtractionResult extract(String hostileFile) throws IOException {
        return extractor.extract(SharedFixtures.hostile().resolve(hostileFile), hostileFile,
                work.resolve(hostileFile + ".txt"));
    }

    private static MediaType canonical(String mediaType) {
        return MediaTypeRegistry.getDefaultRegistry().normalize(MediaType.parse(mediaType).getBaseType());
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
