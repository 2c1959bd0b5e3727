package org.praxis.tools.bench;

import org.praxis.tools.eval.TestCollection;
import org.praxis.tools.imports.FolderImport;
import org.praxis.tools.imports.PraxisClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs the benchmarks in order (ingest, embedding, search, replay, commands, import) on one running Praxis and prints
 * each against its baseline, measured in the same run on the same machine, with the target it has.
 */
@Component
class Benchmarks {

    private final IngestBench ingest;
    private final SearchBench search;
    private final ReplayBench replay;
    private final CommandBench commands;
    private final SemanticBench semantic;

    Benchmarks(IngestBench ingest, SearchBench search, ReplayBench replay, CommandBench commands,
               SemanticBench semantic) {
        this.semantic = semantic;
        this.ingest = ingest;
        this.search = search;
        this.replay = replay;
        this.commands = commands;
    }

    /** How much to do: documents generated from the collection, queries sent, commands per client. */
    record Plan(TestCollection collection, int documents, int queries, int commandsPerClient) {
    }

    void run(Plan plan, PraxisClient praxis, Consumer<String> out) throws Exception {
        List<Path> files = corpus(plan.collection(), plan.documents());
        out.accept("corpus: " + files.size() + " text files generated from " + plan.collection().name());

        IngestBench.Result ingested = ingest.run(files, praxis);
        double ingestRatio = ingested.pipelinePerSecond() / ingested.rawPerSecond();
        out.accept(String.format(Locale.ROOT, "ingest: %.1f docs/s through Praxis vs %.1f docs/s raw Tika + _bulk: "
                + "ratio %.2f (target >= 0.8: %s)", ingested.pipelinePerSecond(), ingested.rawPerSecond(), ingestRatio,
                met(ingestRatio >= 0.8)));
        out.accept("upload-to-searchable: p50 " + Timings.format(ingested.uploadToSearchable().percentile(50))
                + " ms, p95 " + Timings.format(ingested.uploadToSearchable().percentile(95)) + " ms");
        SemanticBench.Result embedded = semantic.run(files, ingested.ids(), ingested.startedAt());
        out.accept(embedded == null ? "embedding: semantic search is switched off" : String.format(Locale.ROOT,
                "embedding: %.1f passages/s by the passages processor vs %.1f passages/s by the model directly "
                        + "(%d passages): ratio %.2f", embedded.pipelinePerSecond(), embedded.rawPerSecond(),
                embedded.passages(), embedded.pipelinePerSecond() / embedded.rawPerSecond()));

        List<String> queries = plan.collection().queries().values().stream().limit(plan.queries()).toList();
        SearchBench.Result searched = search.run(queries, praxis, BenchCommand.USER);
        double rest = searched.rest().percentile(95);
        double direct = searched.direct().percentile(95);
        out.accept(String.format(Locale.ROOT, "search p95 at 10 queries/s over %d documents: %s ms through the REST "
                        + "API vs %s ms for the same search in process (its Elasticsearch requests, no web layer): ratio %.2f "
                        + "(target <= 1.2 x + 10 ms: %s)",
                files.size(), Timings.format(rest), Timings.format(direct), rest / direct,
                met(rest <= 1.2 * direct + 10)));

        ReplayBench.Result replayed = replay.run();
        double replayRatio = replayed.replayPerSecond() / replayed.rawPerSecond();
        out.accept(String.format(Locale.ROOT, "replay of %d document events: %.0f events/s rebuilding the index vs "
                        + "%.0f events/s raw read + _bulk: ratio %.2f (target >= 0.8: %s)", replayed.events(),
                replayed.replayPerSecond(), replayed.rawPerSecond(), replayRatio, met(replayRatio >= 0.8)));

        CommandBench.Result commanded = commands.run(plan.commandsPerClient());
        out.accept(String.format(Locale.ROOT, "commands with 4 clients: %.0f practices drafted/s vs %.0f raw JDBC "
                        + "inserts/s: ratio %.2f", commanded.commandsPerSecond(), commanded.insertsPerSecond(),
                commanded.commandsPerSecond() / commanded.insertsPerSecond()));

        Path copies = changedCopies(files);
        long importStart = System.nanoTime();
        int imported = FolderImport.quietly(praxis, copies);
        out.accept(String.format(Locale.ROOT, "import: %.1f files/s uploaded by the folder import (one client, "
                        + "held back by the pipeline, not by a per-minute limit) of %d changed copies; ingest above: %.1f docs/s",
                imported / Timings.secondsSince(importStart), imported, ingested.pipelinePerSecond()));
    }

    /** A new folder holding each file again, its bytes changed so that nothing is taken for a copy. */
    private static Path changedCopies(List<Path> files) throws IOException {
        Path folder = Files.createTempDirectory("praxis-bench-import");
        for (Path file : files) {
            Files.writeString(folder.resolve(file.getFileName()), Files.readString(file) + "\n\nImported copy.");
        }
        return folder;
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    /** The collection's documents as text files, repeated with a variant number until there are enough. */
    static List<Path> corpus(TestCollection collection, int documents) throws IOException {
        Path folder = Files.createTempDirectory("praxis-bench");
        List<TestCollection.Doc> docs = collection.docs().stream().filter(doc -> !doc.text().isBlank()).toList();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            TestCollection.Doc doc = docs.get(i % docs.size());
            int variant = i / docs.size();
            String text = doc.title() + "\n\n" + doc.text() + (variant == 0 ? "" : "\n\nVariant " + variant
                    + " of document " + doc.id() + ".");
            files.add(Files.writeString(folder.resolve(doc.id() + "-" + variant + ".txt"), text));
        }
        return files;
    }
}
