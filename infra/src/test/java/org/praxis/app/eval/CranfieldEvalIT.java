package org.praxis.app.eval;

import org.junit.jupiter.api.Test;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality may not fall: Cranfield through the whole pipeline must keep the mean average
 * precision Praxis reached (0.316 on the embedded default), above Lucene's BM25 + English analysis
 * baseline of 0.295 on the same files; and expert search, with the papers' first authors as the
 * experts on their relevant queries, must beat the document-centric baseline measured in the same run.
 */
class CranfieldEvalIT extends PraxisIT {

    /** A little below the reached 0.3157, for differences between Elasticsearch nodes, never below the baseline. */
    private static final double MINIMUM_MAP = 0.31;

    @Autowired
    Evaluation evaluation;

    @Test
    void cranfieldKeepsItsMeanAveragePrecision() {
        EvaluationReport report = evaluation.run(TestCollection.load(SharedFixtures.eval("cranfield")), line -> { });

        System.out.println(report.summary());
        assertThat(report.judgedQueries()).isEqualTo(225);
        assertThat(report.documents()).isEqualTo(1398);
        assertThat(report.meanAveragePrecision()).isGreaterThanOrEqualTo(MINIMUM_MAP);
        assertThat(report.mean().ndcgAt10()).isGreaterThan(0.359);
        assertThat(report.mean().precisionAt10()).isGreaterThan(0.228);
        assertThat(report.expertise().queries()).isGreaterThan(200);
        assertThat(report.expertise().praxis().meanReciprocalRank())
                .as("expert search beats the document-centric baseline")
                .isGreaterThan(report.expertise().baseline().meanReciprocalRank());
    }
}
