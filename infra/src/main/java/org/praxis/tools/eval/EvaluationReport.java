package org.praxis.tools.eval;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation of one collection measured: Praxis's search and the plain BM25 baseline of the
 * same run, the ranking of every query by each (for TREC run files), Praxis's search with some of its
 * ranking signals off (by variant name; empty unless asked for), and expert search.
 */
public record EvaluationReport(String collection, int documents, int skippedEmptyDocuments, int judgedQueries,
                               RelevanceMetrics praxis, RelevanceMetrics baseline,
                               Map<String, List<String>> praxisRankings, Map<String, List<String>> baselineRankings,
                               Map<String, RelevanceMetrics> ablation, Duration ingestion, ExpertiseReport expertise) {

    public double meanAveragePrecision() {
        return praxis.averagePrecision();
    }

    /** Praxis's MAP over the baseline's. */
    public double mapRatio() {
        return praxis.averagePrecision() / baseline.averagePrecision();
    }

    /** Rankings in TREC run format: {@code qid Q0 docid rank score tag}, scores falling with rank. */
    public static String trecRun(Map<String, List<String>> rankings, String runTag) {
        StringBuilder run = new StringBuilder();
        rankings.forEach((qid, ranking) -> {
            for (int rank = 1; rank <= ranking.size(); rank++) {
                run.append(qid).append(" Q0 ").append(ranking.get(rank - 1)).append(' ').append(rank).append(' ')
                        .append(ranking.size() - rank + 1).append(' ').append(runTag).append('\n');
            }
        });
        return run.toString();
    }
}
