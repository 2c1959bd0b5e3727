package org.praxis.query.search;

import org.junit.jupiter.api.Test;
import org.praxis.query.search.RelevanceFeedback.FeedbackItem;
import org.praxis.query.search.RelevanceFeedback.TermStatistics;
import org.praxis.query.search.RelevanceFeedback.WeightedTerm;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelevanceFeedbackTest {

    private static final long ITEMS = 1_000;

    @Test
    void theTermsOfTheBestMatchesWeighMostAndTheBestTermWeighsOne() {
        FeedbackItem best = new FeedbackItem(12.0, Map.of("turbul", stats(4, 20), "boundari", stats(2, 40)), ITEMS);
        FeedbackItem weaker = new FeedbackItem(9.0, Map.of("laminar", stats(6, 20)), ITEMS);

        List<WeightedTerm> expansion = RelevanceFeedback.expansion(List.of(best, weaker), 10);

        assertThat(expansion).extracting(WeightedTerm::term).containsExactly("turbul", "boundari", "laminar");
        assertThat(expansion.get(0).weight()).isEqualTo(1.0);
        // P(d|q): e^0 / (e^0 + e^-3) for the best item, e^-3 / (…) for the weaker one
        double bestShare = 1 / (1 + Math.exp(-3));
        double turbulence = 4.0 / 6 * Math.log(1 + ITEMS / 20.0) * bestShare;
        double laminar = 6.0 / 6 * Math.log(1 + ITEMS / 20.0) * (1 - bestShare);
        assertThat(expansion.get(2).weight()).isCloseTo(laminar / turbulence, within(1e-9));
    }

    @Test
    void shortTermsNumbersAndTermsOfTooManyItemsSayNothing() {
        FeedbackItem item = new FeedbackItem(5.0, Map.of("of", stats(9, 1), "2024", stats(3, 2), "flow", stats(3, 500),
                "wing", stats(1, 5)), ITEMS);

        assertThat(RelevanceFeedback.expansion(List.of(item), 10)).extracting(WeightedTerm::term).containsExactly("wing");
    }

    @Test
    void atMostTheWantedNumberOfTermsAndNoneWithoutItems() {
        FeedbackItem item = new FeedbackItem(1.0, Map.of("alpha", stats(3, 5), "beta", stats(2, 5), "gamma", stats(1, 5)),
                ITEMS);

        assertThat(RelevanceFeedback.expansion(List.of(item), 2)).extracting(WeightedTerm::term)
                .containsExactly("alpha", "beta");
        assertThat(RelevanceFeedback.expansion(List.of(), 2)).isEmpty();
    }

    private static TermStatistics stats(int termFrequency, long documentFrequency) {
        return new TermStatistics(termFrequency, documentFrequency);
    }
}
