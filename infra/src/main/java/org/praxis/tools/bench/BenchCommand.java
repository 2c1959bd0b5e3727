package org.praxis.tools.bench;

import org.praxis.tools.LocalPraxis;
import org.praxis.tools.eval.TestCollection;
import org.praxis.tools.imports.PraxisClient;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code praxis.jar bench [--quick] [--documents N] [--import-files N] [--replay-events N] [--commands N]
 * [--collection <folder>] [--corpus <folder>]}: starts Praxis on its embedded default with a fresh data folder and
 * prints each benchmark as a ratio to its baseline measured in the same run ({@code --quick}: 300 text documents and
 * 100 files of the company-share mix, a few minutes; otherwise 5,000 and 1,000). The folder import takes as many
 * changed copies as there are documents unless {@code --import-files} says fewer (a files/s figure needs thousands,
 * not the 100,000 of a scale run). The collection defaults to {@code ../shared/eval/cranfield}, the mix's corpus to
 * {@code ../shared/corpus}. {@code --replay-events N} runs only the replay, over about N events appended straight to
 * the store ({@link GeneratedEvents}); {@code --commands N} only the commands, N per client (to profile them).
 */
public final class BenchCommand {

    /** Who runs the benchmarks: the first administrator, who sees every document. */
    static final String USER = "admin";
    /** Files through the pipeline and the baseline before an ingest is timed, so that both run compiled code. */
    private static final int WARM_UP_FILES = 100;

    private BenchCommand() {
    }

    public static int run(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean quick = rest.remove("--quick");
        int documents = quick ? 300 : 5_000;
        int mixFiles = quick ? 100 : 1_000;
        int importFiles = Integer.MAX_VALUE;
        long replayEvents = 0;
        int commandsPerClient = 0;
        Path folder = Path.of("../shared/eval/cranfield");
        Path corpus = Path.of("../shared/corpus");
        for (int i = 0; i < rest.size(); i++) {
            switch (rest.get(i)) {
                case "--documents" -> documents = Integer.parseInt(rest.get(++i));
                case "--import-files" -> importFiles = Integer.parseInt(rest.get(++i));
                case "--replay-events" -> replayEvents = Long.parseLong(rest.get(++i));
                case "--commands" -> commandsPerClient = Integer.parseInt(rest.get(++i));
                case "--collection" -> folder = Path.of(rest.get(++i));
                case "--corpus" -> corpus = Path.of(rest.get(++i));
                default -> {
                    System.err.println("Unexpected argument '" + rest.get(i) + "'. Usage: java -jar praxis.jar bench "
                            + "[--quick] [--documents N] [--import-files N] [--replay-events N] "
                            + "[--commands N] [--collection <folder>] [--corpus <folder>]");
                    return 2;
                }
            }
        }
        if (!Files.isDirectory(folder)) {
            System.err.println("No test collection at " + folder + ": pass --collection <folder> (see shared/eval).");
            return 2;
        }
        if (!Files.isDirectory(corpus)) {
            System.err.println("No corpus at " + corpus
                    + ": pass --corpus <folder> of office, PDF, mail and text files.");
            return 2;
        }
        TestCollection collection = TestCollection.load(folder);
        try (LocalPraxis praxis = LocalPraxis.start(BenchTools.class,
                "--praxis.rate-limit.searches-per-minute=1000000", "--praxis.rate-limit.uploads-per-minute=1000000");
             PraxisClient client = new PraxisClient(URI.create("http://127.0.0.1:" + praxis.port()), USER,
                     praxis.adminPassword())) {
            if (replayEvents > 0) {
                praxis.tool(Benchmarks.class).runReplay(collection, replayEvents, System.out::println);
                return 0;
            }
            if (commandsPerClient > 0) {
                praxis.tool(Benchmarks.class).commands(commandsPerClient, System.out::println);
                return 0;
            }
            praxis.tool(Benchmarks.class).run(new Benchmarks.Plan(collection, documents, quick ? 50 : 225,
                    quick ? 250 : 1_000, importFiles, corpus, mixFiles, quick ? 10 : 25,
                    WARM_UP_FILES), client, System.out::println);
        }
        return 0;
    }
}
