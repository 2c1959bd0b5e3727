package org.praxis.tools.eval;

import org.junit.jupiter.api.Test;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.praxis.tools.LocalPraxis;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

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
 * after every document was imported by one account and with the papers' authors (read from the files) as the
 * experts on their relevant queries, must never rank the importer first, must reach 1.2 times the MRR of the
 * document-centric baseline of the same run on CACM (the collection with the most multi-author papers), and
 * may not fall below it on average. The table is printed in the build output.
 */
class RelevanceEvalIT extends PraxisIT {

    @Autowired
    ApplicationContext server;

    @Test
    void everyCollectionRanksAtLeastAsWellAsPlainBm25() {
        List<EvaluationReport> reports = new ArrayList<>();
        try (AnnotationConfigApplicationContext tools = LocalPraxis.toolsWithin(server, EvaluationTools.class)) {
            Evaluation evaluation = tools.getBean(Evaluation.class);
            for (TestCollection collection : TestCollection.loadAll(SharedFixtures.evalCollections())) {
                Instant start = Instant.now();
                EvaluationReport report = evaluation.run(collection, line -> { });
                System.out.printf("%s: %d documents read, indexed and embedded in %d s, all in %d s%n",
                        report.collection(), report.documents(), report.ingestion().toSeconds(),
                        Duration.between(start, Instant.now()).toSeconds());
                reports.add(report);
            }
        }

        System.out.print(EvaluationTable.render(reports));
        assertThat(reports).as("every judged query scored (shared/eval/README.md)")
                .extracting(EvaluationReport::collection, EvaluationReport::judgedQueries)
                .containsExactly(tuple("cacm", 52), tuple("cisi", 76), tuple("cranfield", 225), tuple("med", 30));
        assertSoftly(softly -> reports.forEach(report -> softly.assertThat(report.mapRatio())
                .as("%s: MAP over the baseline's", report.collection()).isGreaterThanOrEqualTo(1.0)));
        assertThat(EvaluationTable.meanMapRatio(reports)).as("mean MAP ratio").isGreaterThanOrEqualTo(1.05);
        List<ExpertiseReport> experts = reports.stream().map(EvaluationReport::expertise)
                .filter(expertise -> expertise.queries() > 0).toList();
        assertThat(experts).as("cacm, cisi and cranfield name authors").hasSize(3);
        assertThat(experts).as("an importer is not an author").allSatisfy(expertise ->
                assertThat(expertise.importerFirst()).isZero());
        assertThat(reports.get(0).expertise().mrrRatio()).as("cacm: expert MRR over model 2's")
                .isGreaterThanOrEqualTo(1.2);
        assertThat(experts.stream().mapToDouble(ExpertiseReport::mrrRatio).average().orElse(0))
                .as("mean expert MRR over model 2's").isGreaterThanOrEqualTo(1.0);
    }
}
