package org.praxis.query.semantic;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, "Reciprocal rank fusion outperforms Condorcet and
 * individual rank learning methods", SIGIR 2009): an item's fused score is the sum over the rankings that
 * hold it of 1 / ({@value #K} + its rank there). It needs no score normalisation, which is why it can join
 * BM25 scores (unbounded) with cosine similarities (bounded).
 */
public final class ReciprocalRankFusion {

    /** The constant of the paper, which its authors found to work across collections. */
    public static final int K = 60;

    private ReciprocalRankFusion() {
    }

    /** The items of all rankings, best first; ties keep the order of the first ranking. */
    public static List<String> fuse(List<List<String>> rankings) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (List<String> ranking : rankings) {
            for (int rank = 1; rank <= ranking.size(); rank++) {
                String item = ranking.get(rank - 1);
                scores.merge(item, 1.0 / (K + rank), Double::sum);
                firstSeen.putIfAbsent(item, firstSeen.size());
            }
        }
        return scores.keySet().stream()
                .sorted(Comparator.comparing((String item) -> -scores.get(item)).thenComparing(firstSeen::get))
                .toList();
    }
}
