package org.praxis.tools.eval;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The trec_eval measures of one ranking against graded judgements: average precision (over every
 * relevant document, found or not), nDCG@10 (gain as judged, log2 discount, ideal from all judged
 * documents), precision at 10 and recall at 100. A document is relevant when its gain is above 0.
 */
record RelevanceMetrics(double averagePrecision, double ndcgAt10, double precisionAt10, double recallAt100) {

    static RelevanceMetrics of(List<String> ranking, Map<String, Integer> gains) {
        long relevant = gains.values().stream().filter(gain -> gain > 0).count();
        double precisionSum = 0;
        int found = 0;
        int foundIn10 = 0;
        int foundIn100 = 0;
        double dcg = 0;
        for (int rank = 1; rank <= ranking.size(); rank++) {
            int gain = gains.getOrDefault(ranking.get(rank - 1), 0);
            if (gain > 0) {
                found++;
                precisionSum += (double) found / rank;
                foundIn10 += rank <= 10 ? 1 : 0;
                foundIn100 += rank <= 100 ? 1 : 0;
            }
            if (rank <= 10) {
                dcg += gain / log2(rank + 1);
            }
        }
        double idealDcg = idealDcg(gains.values());
        return new RelevanceMetrics(relevant == 0 ? 0 : precisionSum / relevant, idealDcg == 0 ? 0 : dcg / idealDcg,
                foundIn10 / 10.0, relevant == 0 ? 0 : (double) foundIn100 / relevant);
    }

    static RelevanceMetrics mean(Collection<RelevanceMetrics> all) {
        return new RelevanceMetrics(
                all.stream().mapToDouble(RelevanceMetrics::averagePrecision).average().orElse(0),
                all.stream().mapToDouble(RelevanceMetrics::ndcgAt10).average().orElse(0),
                all.stream().mapToDouble(RelevanceMetrics::precisionAt10).average().orElse(0),
                all.stream().mapToDouble(RelevanceMetrics::recallAt100).average().orElse(0));
    }

    private static double idealDcg(Collection<Integer> gains) {
        List<Integer> best = gains.stream().filter(gain -> gain > 0).sorted(Comparator.reverseOrder()).limit(10).toList();
        double dcg = 0;
        for (int rank = 1; rank <= best.size(); rank++) {
            dcg += best.get(rank - 1) / log2(rank + 1);
        }
        return dcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
