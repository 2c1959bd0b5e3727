package org.praxis.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void sizesReadInTheLargestWholeUnit() {
        assertThat(formats.size(1)).isEqualTo("1 byte");
        assertThat(formats.size(1023)).isEqualTo("1023 bytes");
        assertThat(formats.size(1536)).isEqualTo("1.5 KB");
        assertThat(formats.size(34_824)).isEqualTo("34 KB");
        assertThat(formats.size(5L * 1024 * 1024 + 300_000)).isEqualTo("5.3 MB");
        assertThat(formats.size(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
    }

    @Test
    void mediaTypesReadAsTheKindOfFile() {
        assertThat(formats.mediaType("application/pdf")).isEqualTo("PDF");
        assertThat(formats.mediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isEqualTo("Word document");
        assertThat(formats.mediaType("text/plain; charset=UTF-8")).isEqualTo("Plain text");
        assertThat(formats.mediaType("image/png")).isEqualTo("PNG image");
        assertThat(formats.mediaType("application/x-tika-ooxml")).isEqualTo("TIKA-OOXML file");
        assertThat(formats.mediaType(null)).isEqualTo("Unknown");
    }
}
