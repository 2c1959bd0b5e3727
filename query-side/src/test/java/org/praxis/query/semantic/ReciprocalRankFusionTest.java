package org.praxis.query.semantic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReciprocalRankFusionTest {

    @Test
    void anItemHighInBothRankingsBeatsOneFirstInOnlyOne() {
        // a: 1/61 + 1/63, b: 1/62 + 1/61, c: 1/63 + 1/62; b wins, then a, then c
        assertThat(ReciprocalRankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("b", "c", "a"))))
                .containsExactly("b", "a", "c");
    }

    @Test
    void anItemInOneRankingOnlyCountsOnceAndTiesKeepTheFirstRankingsOrder() {
        assertThat(ReciprocalRankFusion.fuse(List.of(List.of("a", "b"), List.of("b"))))
                .containsExactly("b", "a");
        assertThat(ReciprocalRankFusion.fuse(List.of(List.of("a", "b"), List.of("b", "a"))))
                .containsExactly("a", "b");
    }
}
