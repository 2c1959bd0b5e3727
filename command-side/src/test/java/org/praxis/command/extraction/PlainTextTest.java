package org.praxis.command.extraction;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.command.fixtures.SharedFixtures;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    /** A text whose first bytes are a Windows executable's signature. */
    static final String LOOKS_LIKE_AN_EXECUTABLE = "MZ is the code of the Mozambican metical in this report on "
            + "exchange rates.\n";
    /** A text with "BOOKMOBI" at byte 60, where Mobipocket e-books keep their signature. */
    static final String LOOKS_LIKE_AN_EBOOK = "Abstract." + " ".repeat(51) + "BOOKMOBI is no word here; the study "
            + "measured heat transfer in slabs.\n";

    @TempDir
    Path folder;

    @Test
    void textsWhoseFirstBytesLookLikeAnotherFormatStayText() throws IOException {
        MediaTypeDetector detector = new MediaTypeDetector();

        assertThat(detector.detect(write("rates.txt", LOOKS_LIKE_AN_EXECUTABLE, StandardCharsets.UTF_8), "rates.txt"))
                .startsWith("text/plain");
        assertThat(detector.detect(write("slabs.txt", LOOKS_LIKE_AN_EBOOK, StandardCharsets.UTF_8), "slabs.txt"))
                .startsWith("text/plain");
        assertThat(detector.detect(write("slabs.csv", "MZ;Metical;2024\nEUR;Euro;2024\n", StandardCharsets.UTF_8),
                "slabs.csv")).startsWith("text/csv");
    }

    @Test
    void bytesDecodeAsTextInUtf8AndWindows1252ButBinariesDoNot() throws IOException {
        assertThat(PlainText.decodes(write("de.txt", "Größenänderung der Maße für Straßen.", StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(PlainText.decodes(write("fr.txt", "Élève café déjà vu — « ça ».", Charset.forName("windows-1252"))))
                .isTrue();
        assertThat(PlainText.decodes(SharedFixtures.hostile().resolve("exe_named_as.pdf"))).isFalse();
        assertThat(PlainText.decodes(SharedFixtures.corpus().resolve("testOCR.png"))).isFalse();
        assertThat(PlainText.decodes(SharedFixtures.corpus().resolve("testWORD_various.docx"))).isFalse();
    }

    @Test
    void formatsWrittenAsTextAreNeverReadAgainAsPlainText() {
        var registry = MediaTypeRegistry.getDefaultRegistry();
        assertThat(PlainText.isText(MediaType.parse("image/svg+xml"), registry)).isTrue();
        assertThat(PlainText.isText(MediaType.parse("text/csv"), registry)).isTrue();
        assertThat(PlainText.isText(MediaType.parse("application/x-mobipocket-ebook"), registry))
                .isFalse();
    }

    @Test
    void anExecutableNamedAsTextIsStillAnExecutable() throws IOException {
        Path exe = Files.copy(SharedFixtures.hostile().resolve("exe_named_as.pdf"), folder.resolve("notes.txt"));

        assertThat(new MediaTypeDetector().detect(exe, "notes.txt")).startsWith("application/x-msdownload");
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.writeString(folder.resolve(name), text, charset);
    }
}
