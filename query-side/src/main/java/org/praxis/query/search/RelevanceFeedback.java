package org.praxis.query.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words to add to a query, learnt from the items it ranks highest: pseudo-relevance feedback after RM3
 * (relevance model 3: Lavrenko and Croft, "Relevance-based language models", SIGIR 2001; Abdul-Jaleel et
 * al., "UMass at TREC 2004"). A term's weight is the sum over the top items d of P(w|d)·P(d|q), where
 * <ul>
 *     <li>P(w|d) = tf(w,d) / |d|, times idf(w) = ln(1 + N / df(w)) so that words every item uses say less;</li>
 *     <li>P(d|q) = exp(score(d) − max score), normalised over the top items: the best match counts most;</li>
 *     <li>terms shorter than {@value #MIN_TERM_LENGTH} characters, numbers, and terms in more than
 *     {@value #MAX_DOCUMENT_SHARE} of all items are left out.</li>
 * </ul>
 * The caller adds the best terms to the query it started from, each weighted relative to the best term.
 * Measured on four test collections in ADR 13.
 */
final class RelevanceFeedback {

    static final int MIN_TERM_LENGTH = 3;
    static final double MAX_DOCUMENT_SHARE = 0.1;

    /** A top item: its score for the query and its terms (as indexed) with their statistics. */
    record FeedbackItem(double score, Map<String, TermStatistics> terms, long itemsInIndex) {
    }

    /** A term of an item: how often the item has it, and how many items of the index have it. */
    record TermStatistics(int termFrequency, long documentFrequency) {
    }

    /** An expansion term and its weight, relative to the best term's (1.0). */
    record WeightedTerm(String term, double weight) {
    }

    private RelevanceFeedback() {
    }

    /** The {@code count} best expansion terms, best first; none when the items have no usable term. */
    static List<WeightedTerm> expansion(List<FeedbackItem> top, int count) {
        if (top.isEmpty()) {
            return List.of();
        }
        double best = top.stream().mapToDouble(FeedbackItem::score).max().orElse(0);
        double normaliser = top.stream().mapToDouble(item -> Math.exp(item.score() - best)).sum();
        Map<String, Double> weights = new HashMap<>();
        for (FeedbackItem item : top) {
            double itemWeight = Math.exp(item.score() - best) / normaliser;
            long length = item.terms().values().stream().mapToLong(TermStatistics::termFrequency).sum();
            item.terms().forEach((term, statistics) -> {
                if (usable(term, statistics, item.itemsInIndex())) {
                    double idf = Math.log(1 + (double) item.itemsInIndex() / statistics.documentFrequency());
                    weights.merge(term, (double) statistics.termFrequency() / length * idf * itemWeight, Double::sum);
                }
            });
        }
        List<Map.Entry<String, Double>> ranked = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count).toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        double top1 = ranked.get(0).getValue();
        return ranked.stream().map(entry -> new WeightedTerm(entry.getKey(), entry.getValue() / top1)).toList();
    }

    private static boolean usable(String term, TermStatistics statistics, long items) {
        return term.length() >= MIN_TERM_LENGTH && !term.chars().allMatch(Character::isDigit)
                && statistics.documentFrequency() > 0 && statistics.documentFrequency() <= MAX_DOCUMENT_SHARE * items;
    }
}
