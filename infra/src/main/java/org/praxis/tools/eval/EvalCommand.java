package org.praxis.tools.eval;

import org.praxis.tools.LocalPraxis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code praxis.jar eval <collection-folder | folder of collections> [--run <folder>] [--ablation]}: starts Praxis on
 * its embedded default with a fresh data folder, puts every collection through the real pipeline and
 * prints one table of Praxis's search against the same-run BM25 baseline ({@link EvaluationTable}).
 * {@code --run} writes each collection's rankings as TREC runs, {@code <collection>.praxis.run} and
 * {@code <collection>.bm25.run}; {@code --ablation} also scores the ranking with each signal off in turn.
 */
public final class EvalCommand {

    static final String USAGE = "Usage: java -jar praxis.jar eval <collection-folder | folder of collections> "
            + "[--run <folder for TREC runs>] [--ablation]";

    private EvalCommand() {
    }

    public static int run(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean ablation = rest.remove("--ablation");
        Path runFolder = null;
        int runOption = rest.indexOf("--run");
        if (runOption >= 0 && runOption + 1 < rest.size()) {
            runFolder = Path.of(rest.remove(runOption + 1));
            rest.remove(runOption);
        }
        if (rest.size() != 1 || !Files.isDirectory(Path.of(rest.get(0)))) {
            System.err.println(USAGE);
            System.err.println("A collection folder holds docs.jsonl, queries.tsv and qrels.txt (see shared/eval).");
            return 2;
        }
        List<TestCollection> collections = TestCollection.loadAll(Path.of(rest.get(0)));
        try (LocalPraxis praxis = LocalPraxis.start(EvaluationTools.class)) {
            Evaluation evaluation = praxis.tool(Evaluation.class);
            List<EvaluationReport> reports = new ArrayList<>();
            for (TestCollection collection : collections) {
                EvaluationReport report = evaluation.run(collection, line -> System.out.println("  " + line), ablation);
                System.out.printf("  %s: %d documents indexed in %d s%n", collection.name(), report.documents(),
                        report.ingestion().toSeconds());
                reports.add(report);
                if (runFolder != null) {
                    writeRuns(runFolder, report);
                }
            }
            System.out.print(EvaluationTable.render(reports));
        }
        return 0;
    }

    private static void writeRuns(Path folder, EvaluationReport report) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(report.collection() + ".praxis.run"),
                EvaluationReport.trecRun(report.praxisRankings(), "praxis"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(report.collection() + ".bm25.run"),
                EvaluationReport.trecRun(report.baselineRankings(), "bm25"), StandardCharsets.UTF_8);
        System.out.println("  TREC runs written to " + folder);
    }
}
