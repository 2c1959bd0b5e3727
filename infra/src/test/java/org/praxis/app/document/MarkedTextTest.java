package org.praxis.app.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkedTextTest {

    @Test
    void theSearchedWordsAreMarkedWhereAWordStartsWithThemWhateverTheCase() {
        MarkedText text = MarkedText.of("Rotate API keys; the rotation of keys is key.", "rotat KEY a");

        assertThat(text.pieces()).filteredOn(MarkedText.Piece::marked).extracting(MarkedText.Piece::text)
                .containsExactly("Rotate", "keys", "rotation", "keys", "key");
        assertThat(text.matches()).isEqualTo(5);
        assertThat(text.firstMatch()).isZero();
        assertThat(String.join("", text.pieces().stream().map(MarkedText.Piece::text).toList()))
                .isEqualTo("Rotate API keys; the rotation of keys is key.");
    }

    @Test
    void nothingIsMarkedWithinAWordOrWithoutASearch() {
        assertThat(MarkedText.of("monkey business", "key").matches()).isZero();
        assertThat(MarkedText.of("monkey business", null).pieces()).hasSize(1);
        assertThat(MarkedText.of("a (b) c", "(").firstMatch()).isEqualTo(-1);
    }
}
