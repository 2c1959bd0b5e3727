package org.praxis.tools.bench;

import org.junit.jupiter.api.Test;
import org.praxis.command.fixtures.SharedFixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyShareTest {

    private final RawExtraction tika = new RawExtraction();

    @Test
    void everyCopyIsNewBytesOfTheSameFormatWithTheSameText() throws Exception {
        List<Path> sources = CompanyShare.sources(SharedFixtures.corpus());
        assertThat(sources).extracting(CompanyShare::extension).contains("pdf", "docx", "doc", "xlsx", "xls", "pptx",
                "ppt", "odt", "msg", "eml", "html", "rtf", "csv", "txt").doesNotContain("png", "jpg", "zip");

        List<Path> copies = CompanyShare.copies(sources, sources.size() * 4, "test");

        Set<String> contents = new HashSet<>();
        for (Path copy : copies) {
            assertThat(contents.add(new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1)))
                    .as("%s is bytes of its own", copy).isTrue();
        }
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            for (Path copy : List.of(copies.get(i), copies.get(3 * sources.size() + i))) {
                assertThat(tika.detect(copy)).as(copy.toString()).isEqualTo(tika.detect(source));
                String text = tika.text(source).strip();
                if (!text.isEmpty()) {
                    String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow().strip();
                    assertThat(words(tika.text(copy))).as(copy.toString()).contains(words(firstLine));
                }
            }
        }
        assertThat(copies).anyMatch(copy -> copy.toFile().length() > CompanyShare.GROWN_BYTES / 2);
    }

    /** The words alone: a grown CSV file may be read as a table where its source was read as lines. */
    private static String words(String text) {
        return String.join(" ", text.split("[\\s,;]+")).strip();
    }
}
