package org.praxis.command.extraction;

import org.junit.jupiter.api.Test;
import org.praxis.command.fixtures.SharedFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypeDeclarationsTest {

    @Test
    void aWordFileDeclaringAnExternalEntityIsNoticed() {
        assertThat(DocumentTypeDeclarations.declaringPart(SharedFixtures.hostile().resolve("xxe_file_passwd.docx")))
                .contains("word/document.xml");
    }

    @Test
    void officeFilesAsOfficeWritesThemDeclareNone() {
        for (String file : new String[] {"testWORD_various.docx", "testEXCEL.xlsx", "testPPT_various.pptx"}) {
            assertThat(DocumentTypeDeclarations.declaringPart(SharedFixtures.corpus().resolve(file))).as(file)
                    .isEmpty();
        }
        assertThat(DocumentTypeDeclarations.declaringPart(SharedFixtures.corpus().resolve("testPDF.pdf"))).isEmpty();
    }
}
