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

import static org.assertj.core.api.Assertions.assertThat;

class ForkedTextExtractorIT {

    @TempDir
    static Path work;
    private static final ExtractionLimits LIMITS = new ExtractionLimits(200_000, 5, Duration.ofSeconds(20), "256m", 2);
    private static ForkedTextExtractor extractor;
    private static ForkedTextExtractor withoutOcr;

    @BeforeAll
    static void startWorkers() throws IOException {
        Ocr ocr = Tesseract.probe(List.of("eng", "deu"));
        assertThat(ocr.available()).as("OCR needs Tesseract with English data: apt-get install tesseract-ocr "
                + "tesseract-ocr-eng tesseract-ocr-deu (.ci/run installs it); %s", ocr.unavailable()).isTrue();
        extractor = new ForkedTextExtractor(LIMITS, ocr, work);
        withoutOcr = new ForkedTextExtractor(LIMITS, Ocr.off("not installed on this imagined machine"), work);
    }

    @AfterAll
    static void stopWorkers() {
        extractor.close();
        withoutOcr.close();
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
        assertThat(normalised(Files.readString(text, StandardCharsets.UTF_8)))
                .contains(normalised(SharedFixtures.findingPhrase(row)));
        assertThat(result.characters()).isPositive();
        if (!row.get("expected_title").isEmpty()) {
            assertThat(result.title()).isEqualTo(row.get("expected_title"));
        }
    }

    @Test
    void ocrReadsOnlyPdfPagesWithoutATextLayer() throws IOException {
        ExtractionResult scanned = extractor.extract(SharedFixtures.corpus().resolve("testOCR.pdf"), "scan.pdf",
                work.resolve("scan.txt"));

        assertThat(Files.readString(work.resolve("scan.txt"))).contains("Happy New Year 2003");
        assertThat(scanned.warnings()).isEmpty();
    }

    @Test
    void photosAreSearchableByTheirCameraKeywordsAndDateTaken() throws IOException {
        extractor.extract(SharedFixtures.corpus().resolve("testJPEG_EXIF.jpg"), "birds.jpg", work.resolve("photo.txt"));

        assertThat(Files.readString(work.resolve("photo.txt"))).contains("Camera: Canon EOS 40D",
                "Keywords: canon-55-250, moscow-birds, serbor", "Taken: 2009-08-11");
    }

    @Test
    void withoutOcrAScanSaysItHasNoTextLayerWhileTextLayersAreReadAsEver() throws IOException {
        for (String scan : SharedFixtures.WITHOUT_TEXT_LAYER) {
            ExtractionResult result = withoutOcr.extract(SharedFixtures.corpus().resolve(scan), scan,
                    work.resolve("unread-" + scan + ".txt"));
            if (!scan.endsWith(".jpg")) {
                assertThat(result.warnings()).as(scan).containsExactly(Ocr.NO_TEXT_LAYER);
            }
        }
        ExtractionResult text = withoutOcr.extract(SharedFixtures.corpus().resolve("testPDF.pdf"), "testPDF.pdf",
                work.resolve("layer.txt"));
        assertThat(text.warnings()).isEmpty();
        assertThat(Files.readString(work.resolve("layer.txt"))).contains("Content Analysis Toolkit");
    }

    @Test
    void anImageDeclaringBillionsOfPixelsIsNeverHandedToOcr() throws IOException {
        ExtractionResult flood = extract("pixel_flood_50000x50000.png");

        assertThat(flood.succeeded()).isTrue();
        assertThat(flood.warnings()).anyMatch(warning -> warning.startsWith("the image is too large to read text"));
    }

    @Test
    void aTextIsReadAsTextWhateverItsFirstBytesLookLike() throws IOException {
        Path named = Files.writeString(work.resolve("rates.txt"), PlainTextTest.LOOKS_LIKE_AN_EXECUTABLE);
        ExtractionResult asNamed = extractor.extract(named, "rates.txt", work.resolve("rates-text.txt"));
        assertThat(asNamed.mediaType()).startsWith("text/plain");
        assertThat(Files.readString(work.resolve("rates-text.txt"))).contains("Mozambican metical");
        assertThat(asNamed.warnings()).isEmpty();

        Path unnamed = Files.writeString(work.resolve("abstract-0042"), PlainTextTest.LOOKS_LIKE_AN_EBOOK);
        ExtractionResult fallback = extractor.extract(unnamed, "abstract-0042", work.resolve("abstract-text.txt"));
        assertThat(Files.readString(work.resolve("abstract-text.txt"))).contains("heat transfer in slabs");
        assertThat(fallback.mediaType()).startsWith("text/plain");
        assertThat(fallback.warnings()).anyMatch(warning -> warning.startsWith("read as plain text"));
    }

    @Test
    void theWritersAFileNamesAreReadFromItsOwnMetadata() throws IOException {
        assertThat(authorsOf("testPDF.pdf")).containsExactly("Bertrand Delacrétaz");
        assertThat(authorsOf("testEXCEL.xlsx")).containsExactly("Keith Bennett", "garribas");
        assertThat(authorsOf("test-columnar.ods")).containsExactly("henry feldman", "Nick Burch");
        assertThat(authorsOf("testRFC822_multipart_attachments.eml")).containsExactly("Bugs Bunny <Bugs.Bunny@acme.com>");
        assertThat(authorsOf("testHTML.html")).containsExactly("Tika Developers");
        assertThat(authorsOf("testWORD_embedded_pdf.docx")).containsExactly("IBMer", "Michael McCandless");
        assertThat(authorsOf("latex-usrguide.pdf")).as("a copyright notice is no author").isEmpty();
    }

    private static List<String> authorsOf(String corpusFile) throws IOException {
        return extractor.extract(SharedFixtures.corpus().resolve(corpusFile), corpusFile,
                work.resolve("authors-" + corpusFile + ".txt")).authors();
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
