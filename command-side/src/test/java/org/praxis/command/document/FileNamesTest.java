package org.praxis.command.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "report.pdf|report.pdf",
            "../../../../../etc/cron.d/evil.txt|evil.txt",
            "..\\\\..\\\\Windows\\\\Temp\\\\evil.bat|evil.bat",
            "..|unnamed",
            "'  '|unnamed",
            "<script>alert(1)</script>.docx|script>.docx",
    })
    void keepsOnlyTheLastSegmentOfAClientName(String clientName, String safe) {
        assertThat(FileNames.safe(clientName)).isEqualTo(safe);
    }

    @ParameterizedTest
    @CsvSource({"a\u0000b.txt,ab.txt", "tab\tname.txt,tabname.txt"})
    void dropsControlCharacters(String clientName, String safe) {
        assertThat(FileNames.safe(clientName)).isEqualTo(safe);
    }
}
