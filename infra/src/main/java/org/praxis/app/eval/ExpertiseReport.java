package org.praxis.app.eval;

import java.util.Locale;

/** Expertise location against its document-centric baseline, measured in the same run. */
record ExpertiseReport(int queries, RankMetrics praxis, RankMetrics baseline) {

    String summary() {
        return String.format(Locale.ROOT,
                "experts: P@1 %.4f  MRR %.4f  (baseline model 2 over BM25 top-100: P@1 %.4f  MRR %.4f; ratio MRR %.2f; "
                        + "%d queries)",
                praxis.precisionAt1(), praxis.meanReciprocalRank(), baseline.precisionAt1(),
                baseline.meanReciprocalRank(),
                baseline.meanReciprocalRank() == 0 ? 0 : praxis.meanReciprocalRank() / baseline.meanReciprocalRank(),
                queries);
    }
}
