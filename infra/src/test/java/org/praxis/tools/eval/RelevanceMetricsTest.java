package org.praxis.tools.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelevanceMetricsTest {

    @Test
    void averagePrecisionCountsEveryRelevantDocumentFoundOrNot() {
        Map<String, Integer> gains = Map.of("a", 2, "b", 1, "c", 3, "z", 0);

        RelevanceMetrics metrics = RelevanceMetrics.of(List.of("a", "x", "b", "z"), gains);

        // relevant at ranks 1 and 3; c is never found: (1/1 + 2/3) / 3
        assertThat(metrics.averagePrecision()).isCloseTo((1.0 + 2.0 / 3) / 3, within(1e-9));
        assertThat(metrics.precisionAt10()).isCloseTo(0.2, within(1e-9));
        assertThat(metrics.recallAt100()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void ndcgUsesTheGradedGainsAgainstTheIdealOrder() {
        Map<String, Integer> gains = Map.of("a", 1, "b", 3);

        RelevanceMetrics worst = RelevanceMetrics.of(List.of("a", "b"), gains);
        RelevanceMetrics ideal = RelevanceMetrics.of(List.of("b", "a"), gains);

        double idealDcg = 3 / log2(2) + 1 / log2(3);
        assertThat(ideal.ndcgAt10()).isCloseTo(1.0, within(1e-9));
        assertThat(worst.ndcgAt10()).isCloseTo((1 / log2(2) + 3 / log2(3)) / idealDcg, within(1e-9));
    }

    @Test
    void judgedIrrelevantDocumentsCountAsMisses() {
        RelevanceMetrics metrics = RelevanceMetrics.of(List.of("z"), Map.of("z", 0, "a", 1));

        assertThat(metrics.averagePrecision()).isZero();
        assertThat(metrics.ndcgAt10()).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
