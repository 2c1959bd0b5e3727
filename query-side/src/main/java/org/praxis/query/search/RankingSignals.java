package org.praxis.query.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which of {@link Ranking}'s signals are on: all of them in the product; fewer only to measure what each
 * one gives ({@code eval --ablation}, ADR 13). BM25F over the prose fields is always on.
 *
 * @param questionWords question words ("what", "how", "are there") are dropped from the query
 * @param nameFields    file names, titles read from files and tags match too, with a smaller weight
 * @param proximity     neighbouring query words found close together add to the score
 * @param typoTolerance words within one or two edits match when the words as typed find little
 * @param feedback      the terms of the best first-pass matches re-rank what matches (RM3)
 * @param semantic      the best matches are ordered again by meaning (sentence vectors), where it is switched on
 */
public record RankingSignals(boolean questionWords, boolean nameFields, boolean proximity, boolean typoTolerance,
                             boolean feedback, boolean semantic) {

    public static final RankingSignals ALL = new RankingSignals(true, true, true, true, true, true);

    /** Every signal on, then each one off in turn, then none: named for a table. */
    public static Map<String, RankingSignals> ablation() {
        Map<String, RankingSignals> variants = new LinkedHashMap<>();
        variants.put("all signals", ALL);
        variants.put("- question words", new RankingSignals(false, true, true, true, true, true));
        variants.put("- name fields", new RankingSignals(true, false, true, true, true, true));
        variants.put("- proximity", new RankingSignals(true, true, false, true, true, true));
        variants.put("- typo tolerance", new RankingSignals(true, true, true, false, true, true));
        variants.put("- feedback (RM3)", new RankingSignals(true, true, true, true, false, true));
        variants.put("- meaning", new RankingSignals(true, true, true, true, true, false));
        variants.put("BM25F only", new RankingSignals(false, false, false, false, false, false));
        return variants;
    }
}
