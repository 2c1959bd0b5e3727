package org.praxis.query.semantic;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTest {

    @Test
    void aShortItemIsOnePassageThatStartsWithItsTitle() {
        assertThat(Passages.of("Key rotation", "Rotate API keys every 90 days.\n\nRevoke leaked ones at once."))
                .containsExactly("Key rotation Rotate API keys every 90 days. Revoke leaked ones at once.");
        assertThat(Passages.of(null, "  ")).isEmpty();
    }

    @Test
    void aLongTextIsCutIntoOverlappingWindowsSoNoSentenceIsOnlyEverCut() {
        String text = words(1, 400);

        List<String> passages = Passages.of(null, text);

        assertThat(passages).hasSize(4);
        assertThat(passages.get(0)).startsWith("w1 ").endsWith(" w150");
        assertThat(passages.get(1)).startsWith("w121 ").endsWith(" w270");
        assertThat(passages.get(3)).startsWith("w361 ").endsWith(" w400");
    }

    @Test
    void aLineWithoutSpacesIsCutToo() {
        assertThat(Passages.of(null, "x".repeat(1_000_000))).singleElement()
                .satisfies(passage -> assertThat(passage).hasSize(Passages.MAX_CHARACTERS));
    }

    @Test
    void aManualKeepsOnlyItsFirstPassages() {
        assertThat(Passages.of("Manual", words(1, 100_000))).hasSize(Passages.MAX_PASSAGES);
    }

    private static String words(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }
}
