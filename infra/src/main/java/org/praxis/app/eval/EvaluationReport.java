package org.praxis.app.eval;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What an evaluation measured, and the ranking of every query (for a TREC run file). */
public record EvaluationReport(String collection, int documents, int skippedEmptyDocuments, int judgedQueries,
                               RelevanceMetrics mean, Map<String, List<String>> rankings, Duration ingestion,
                               ExpertiseReport expertise) {

    public double meanAveragePrecision() {
        return mean.averagePrecision();
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "%s: MAP %.4f  nDCG@10 %.4f  P@10 %.4f  recall@100 %.4f  (%d judged queries, %d documents, "
                        + "%d empty ones skipped, indexed in %d s)",
                collection, mean.averagePrecision(), mean.ndcgAt10(), mean.precisionAt10(), mean.recallAt100(),
                judgedQueries, documents, skippedEmptyDocuments, ingestion.toSeconds())
                + System.lineSeparator() + collection + " " + expertise.summary();
    }

    /** The rankings in TREC run format: {@code qid Q0 docid rank score tag}, scores falling with rank. */
    public String trecRun(String runTag) {
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
