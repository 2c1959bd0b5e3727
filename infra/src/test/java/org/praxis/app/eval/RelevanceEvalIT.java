package org.praxis.app.eval;

import org.junit.jupiter.api.Test;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Search quality may not fall below plain BM25 anywhere: every development collection of
 * {@code shared/eval}, through the whole pipeline, must score a MAP at least the BM25 + English baseline's
 * measured in the same run, and the mean ratio at least 1.05 (the DESIGN's quality bar). Expert search,
 * with the papers' first authors as the experts on their relevant queries, must beat the
 * document-centric baseline of the same run. The table is printed in the build output.
 */
class RelevanceEvalIT extends PraxisIT {

    @Autowired
    Evaluation evaluation;

    @Test
    void everyCollectionRanksAtLeastAsWellAsPlainBm25() {
        List<EvaluationReport> reports = new ArrayList<>();
        for (TestCollection collection : TestCollection.loadAll(SharedFixtures.evalCollections())) {
            Instant start = Instant.now();
            EvaluationReport report = evaluation.run(collection, line -> { });
            System.out.printf("%s: %d documents read, indexed and embedded in %d s, all in %d s%n",
                    report.collection(), report.documents(), report.ingestion().toSeconds(),
                    Duration.between(start, Instant.now()).toSeconds());
            reports.add(report);
        }

        System.out.print(EvaluationTable.render(reports));
        assertThat(reports).as("every judged query scored (shared/eval/README.md)")
                .extracting(EvaluationReport::collection, EvaluationReport::judgedQueries)
                .containsExactly(tuple("cacm", 52), tuple("cisi", 76), tuple("cranfield", 225), tuple("med", 30));
        assertSoftly(softly -> reports.forEach(report -> softly.assertThat(report.mapRatio())
                .as("%s: MAP over the baseline's", report.collection()).isGreaterThanOrEqualTo(1.0)));
        assertThat(EvaluationTable.meanMapRatio(reports)).as("mean MAP ratio").isGreaterThanOrEqualTo(1.05);
        EvaluationReport cranfield = reports.get(2);
        assertThat(cranfield.expertise().praxis().meanReciprocalRank())
                .as("expert search beats the document-centric baseline")
                .isGreaterThan(cranfield.expertise().baseline().meanReciprocalRank());
    }
}
