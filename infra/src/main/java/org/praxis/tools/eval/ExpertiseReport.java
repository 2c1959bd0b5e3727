package org.praxis.tools.eval;

import java.util.Locale;

/**
 * Expertise location against its document-centric baseline, measured in the same run, and in how many of the
 * queries Praxis ranked the importing account first (an importer is not an author).
 */
record ExpertiseReport(int queries, RankMetrics praxis, RankMetrics baseline, int importerFirst) {

    double mrrRatio() {
        return baseline.meanReciprocalRank() == 0 ? 0 : praxis.meanReciprocalRank() / baseline.meanReciprocalRank();
    }

    String summary() {
        return String.format(Locale.ROOT,
                "experts: P@1 %.4f  MRR %.4f  (baseline model 2 over BM25 top-100: P@1 %.4f  MRR %.4f; ratio MRR %.2f; "
                        + "importer first in %d; %d queries)",
                praxis.precisionAt1(), praxis.meanReciprocalRank(), baseline.precisionAt1(),
                baseline.meanReciprocalRank(), mrrRatio(), importerFirst, queries);
    }
}
