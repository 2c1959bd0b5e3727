package org.praxis.app.eval;

import org.praxis.app.PraxisApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code praxis.jar eval <collection-folder> [--run <file>]}: starts Praxis on its embedded default
 * with a fresh data folder, scores the collection and prints MAP, nDCG@10, P@10 and recall@100.
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    public static int run(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        Path runFile = null;
        int runOption = rest.indexOf("--run");
        if (runOption >= 0 && runOption + 1 < rest.size()) {
            runFile = Path.of(rest.remove(runOption + 1));
            rest.remove(runOption);
        }
        if (rest.size() != 1 || !Files.isDirectory(Path.of(rest.get(0)))) {
            System.err.println("Usage: java -jar praxis.jar eval <collection-folder> [--run <trec-run-file>]");
            System.err.println("The folder holds docs.jsonl, queries.tsv and qrels.txt (see shared/eval/cranfield).");
            return 2;
        }
        TestCollection collection = TestCollection.load(Path.of(rest.get(0)));
        Path dataDir = Files.createTempDirectory("praxis-eval");
        SpringApplication application = new SpringApplication(PraxisApplication.class);
        try (ConfigurableApplicationContext context = application.run("--praxis.data-dir=" + dataDir,
                "--server.port=0", "--server.address=127.0.0.1",
                "--PRAXIS_ADMIN_PASSWORD=" + java.util.UUID.randomUUID(),
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            EvaluationReport report = context.getBean(Evaluation.class).run(collection,
                    line -> System.out.println("  " + line));
            System.out.println(report.summary());
            if (runFile != null) {
                Files.writeString(runFile, report.trecRun("praxis"), StandardCharsets.UTF_8);
                System.out.println("TREC run written to " + runFile);
            }
        }
        return 0;
    }
}
