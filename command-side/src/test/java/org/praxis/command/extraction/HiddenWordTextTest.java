package org.praxis.command.extraction;

import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.command.fixtures.SharedFixtures;
import org.praxis.command.fixtures.WordFiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HiddenWordTextTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static final String R = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    @TempDir
    Path folder;

    @Test
    void runsMarkedHiddenAreLeftOutOfBodyAndHeaderWhileEverythingShownStays() throws Exception {
        Path docx = WordFiles.withParts(Map.of(
                "word/document.xml", "<w:document " + WordFiles.W + " " + WordFiles.R + "><w:body>"
                        + "<w:p><w:r><w:t xml:space=\"preserve\">Visible audit remark </w:t></w:r>"
                        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Hushhushword</w:t></w:r>"
                        + "<w:r>\n  <w:rPr><w:b/><w:vanish w:val=\"true\"/></w:rPr><w:t>Boldhiddenword</w:t></w:r>"
                        + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t> Shownexplicitly</w:t></w:r>"
                        + "<w:r><w:rPr><w:rPrChange w:id=\"5\" w:author=\"Reviewer\"><w:rPr><w:vanish/></w:rPr>"
                        + "</w:rPrChange></w:rPr><w:t> Formerlyhidden</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>Joinedparagraph</w:t></w:r></w:p>"
                        + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/></w:sectPr>"
                        + "</w:body></w:document>",
                "word/header1.xml", "<w:hdr " + WordFiles.W + "><w:p><w:r><w:t>Marwick letterhead </w:t></w:r>"
                        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Hiddenletterhead</w:t></w:r></w:p></w:hdr>"),
                folder.resolve("hidden.docx"));

        Optional<Path> visible = HiddenWordText.withoutHiddenRuns(docx, folder);

        assertThat(visible).isPresent();
        String text = new Tika().parseToString(visible.get());
        assertThat(text).contains("Visible audit remark", "Shownexplicitly", "Formerlyhidden", "Joinedparagraph",
                "Marwick letterhead");
        assertThat(text).doesNotContain("Hushhushword", "Boldhiddenword", "Hiddenletterhead");
        assertThat(new Tika().parseToString(docx)).as("Tika alone reads hidden text").contains("Hushhushword");
    }

    @Test
    void aWordFileHidingNothingIsReadAsItIs() {
        assertThat(HiddenWordText.withoutHiddenRuns(SharedFixtures.corpus().resolve("testWORD_various.docx"), folder))
                .isEmpty();
        assertThat(HiddenWordText.withoutHiddenRuns(SharedFixtures.corpus().resolve("testPDF.pdf"), folder)).isEmpty();
    }

    @Test
    void onlyWordPackagesAreLookedInto() {
        assertThat(HiddenWordText.applies("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isTrue();
        assertThat(HiddenWordText.applies("application/vnd.ms-word.document.macroEnabled.12")).isTrue();
        assertThat(HiddenWordText.applies("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isFalse();
    }
}
