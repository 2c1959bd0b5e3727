package org.praxis.tools.eval;

import java.util.List;
import java.util.Set;

/** Precision at 1 and mean reciprocal rank of rankings against sets of right answers. */
record RankMetrics(double precisionAt1, double meanReciprocalRank) {

    static final class Accumulator {

        private int queries;
        private double hitsAt1;
        private double reciprocalRanks;

        void add(List<String> ranking, Set<String> right) {
            queries++;
            for (int rank = 1; rank <= ranking.size(); rank++) {
                if (right.contains(ranking.get(rank - 1))) {
                    hitsAt1 += rank == 1 ? 1 : 0;
                    reciprocalRanks += 1.0 / rank;
                    return;
                }
            }
        }

        int queries() {
            return queries;
        }

        RankMetrics mean() {
            return queries == 0 ? new RankMetrics(0, 0) : new RankMetrics(hitsAt1 / queries, reciprocalRanks / queries);
        }
    }
}
