package org.praxis.tools.bench;

import org.praxis.command.extraction.TextExtractor;
import org.praxis.tools.eval.TestCollection;
import org.praxis.tools.imports.FolderImport;
import org.praxis.tools.imports.PraxisClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the benchmarks in order (ingest, embedding, search, replay, commands, import, the company-share mix) on one
 * running Praxis and prints
 * each against its baseline, measured in the same run on the same machine, with the target it has.
 */
@Component
class Benchmarks {

    private final IngestBench ingest;
    private final SearchBench search;
    private final ReplayBench replay;
    private final CommandBench commands;
    private final SemanticBench semantic;
    private final GeneratedEvents generated;
    private final TextExtractor extractor;

    Benchmarks(IngestBench ingest, SearchBench search, ReplayBench replay, CommandBench commands,
               SemanticBench semantic, GeneratedEvents generated, TextExtractor extractor) {
        this.extractor = extractor;
        this.semantic = semantic;
        this.generated = generated;
        this.ingest = ingest;
        this.search = search;
        this.replay = replay;
        this.commands = commands;
    }

    /**
     * How much to do: documents generated from the collection, queries sent, commands per client, changed copies of
     * the first {@code importFiles} documents for the folder import, then changed copies of the corpus's files
     * ({@link CompanyShare}) ingested as a mix and uploaded one at a time. Before each ingest is timed,
     * {@code warmUpFiles} other copies go through the pipeline and the baseline (for the mix, at most one of each
     * corpus file).
     */
    record Plan(TestCollection collection, int documents, int queries, int commandsPerClient, int importFiles,
                Path corpus, int mixFiles, int idleFiles, int warmUpFiles) {
    }

    void run(Plan plan, PraxisClient praxis, Consumer<String> out) throws Exception {
        List<Path> files = corpus(plan.collection(), plan.documents());
        out.accept("corpus: " + files.size() + " text files generated from " + plan.collection().name());

        List<Path> warmUp = list(changedCopies(files.subList(0, Math.min(plan.warmUpFiles(), files.size())),
                "Warm-up copy."));
        IngestBench.Result ingested = ingest.run(files, warmUp, praxis);
        double ingestRatio = ingested.pipelinePerSecond() / ingested.rawPerSecond();
        out.accept(String.format(Locale.ROOT, "ingest: %.1f docs/s through Praxis vs %.1f docs/s raw Tika + _bulk: "
                + "ratio %.2f (target for small text files >= 0.5: %s)", ingested.pipelinePerSecond(),
                ingested.rawPerSecond(), ingestRatio, met(ingestRatio >= 0.5)));
        out.accept("upload-to-searchable: p50 " + Timings.format(ingested.uploadToSearchable().percentile(50))
                + " ms, p95 " + Timings.format(ingested.uploadToSearchable().percentile(95)) + " ms");
        SemanticBench.Result embedded = semantic.run(files, ingested.ids(), ingested.startedAt(),
                ingested.caughtUpAt());
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
                        + "(target <= 1.2 x + 10 ms: %s); p50 %s vs %s ms over %d queries",
                files.size() + warmUp.size(), Timings.format(rest), Timings.format(direct), rest / direct,
                met(rest <= 1.2 * direct + 10), Timings.format(searched.rest().percentile(50)),
                Timings.format(searched.direct().percentile(50)), searched.rest().count()));

        replay(out);

        commands(plan.commandsPerClient(), out);

        Path copies = changedCopies(files.subList(0, Math.min(plan.importFiles(), files.size())), "Imported copy.");
        long importStart = System.nanoTime();
        int imported = FolderImport.quietly(praxis, copies);
        out.accept(String.format(Locale.ROOT, "import: %.1f files/s uploaded by the folder import (one client, "
                        + "held back by the pipeline, not by a per-minute limit) of %d changed copies; ingest above: %.1f docs/s",
                imported / Timings.secondsSince(importStart), imported, ingested.pipelinePerSecond()));

        mix(plan, praxis, out);
        heap(out);
    }

    /**
     * The heap Praxis's JVM (the server and this benchmark) holds once everything above is indexed: bytes in use
     * right after a full collection, i.e. what the data and caches keep alive, against the maximum heap.
     */
    private static void heap(Consumer<String> out) {
        System.gc();
        out.accept(String.format(Locale.ROOT, "heap at the end: %d MB live after a full collection, of %d MB max",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20,
                Runtime.getRuntime().maxMemory() >> 20));
    }

    /**
     * Only the replay, over about {@code events} document events appended straight to the store
     * ({@link GeneratedEvents}) instead of ingested: the rebuild's time and heap at a size no ingest run reaches.
     * Every event processor but the documents one is left shut down.
     */
    void runReplay(TestCollection collection, long events, Consumer<String> out) throws Exception {
        long start = System.nanoTime();
        generated.append(collection, events, out);
        out.accept(String.format(Locale.ROOT, "generated %d document events from %s in %.0f s", events,
                collection.name(), Timings.secondsSince(start)));
        replay(out);
    }

    /** Four clients drafting {@code perClient} practices each, then as many raw JDBC inserts: {@link CommandBench}. */
    void commands(int perClient, Consumer<String> out) throws Exception {
        CommandBench.Result commanded = commands.run(perClient);
        out.accept(String.format(Locale.ROOT, "commands with 4 clients: %.0f practices drafted/s vs %.0f raw JDBC "
                        + "inserts/s: ratio %.2f (target >= 0.3: %s); %d of each", commanded.commandsPerSecond(),
                commanded.insertsPerSecond(), commanded.commandsPerSecond() / commanded.insertsPerSecond(),
                met(commanded.commandsPerSecond() / commanded.insertsPerSecond() >= 0.3), commanded.rows()));
    }

    private void replay(Consumer<String> out) throws Exception {
        ReplayBench.Result replayed = replay.run();
        double ratio = replayed.replayPerSecond() / replayed.rawPerSecond();
        out.accept(String.format(Locale.ROOT, "replay of %d document events: %.0f events/s rebuilding the index "
                        + "(%.1f min, heap peak %d MB of %d MB) vs %.0f events/s raw read + _bulk: ratio %.2f "
                        + "(target >= 0.8: %s)", replayed.events(), replayed.replayPerSecond(),
                replayed.events() / replayed.replayPerSecond() / 60, replayed.peakHeapBytes() >> 20,
                replayed.maxHeapBytes() >> 20, replayed.rawPerSecond(), ratio, met(ratio >= 0.8)));
    }

    /** The company-share mix: its ingest ratio, its latencies under load and one upload at a time. */
    private void mix(Plan plan, PraxisClient praxis, Consumer<String> out) throws Exception {
        List<Path> sources = CompanyShare.sources(plan.corpus());
        if (sources.isEmpty()) {
            out.accept("ingest, company-share mix: no office, PDF, mail, web or text files in " + plan.corpus());
            return;
        }
        List<Path> files = CompanyShare.copies(sources, plan.mixFiles(), "mix");
        List<Path> warmUp = CompanyShare.copies(sources, Math.min(plan.warmUpFiles(), sources.size()), "warm-up");
        IngestBench.Result ingested = ingest.run(files, warmUp, praxis);
        double ratio = ingested.pipelinePerSecond() / ingested.rawPerSecond();
        LongSummaryStatistics sizes = files.stream().mapToLong(file -> file.toFile().length()).summaryStatistics();
        out.accept(String.format(Locale.ROOT, "ingest, company-share mix: %d files of %d formats, %s to %s: %.1f "
                        + "docs/s through Praxis vs %.1f docs/s raw Tika + _bulk: ratio %.2f (target >= 0.8: %s); "
                        + "%d failed",
                files.size(), files.stream().map(CompanyShare::extension).distinct().count(), size(sizes.getMin()),
                size(sizes.getMax()), ingested.pipelinePerSecond(), ingested.rawPerSecond(), ratio, met(ratio >= 0.8),
                ingested.failed()));
        out.accept("upload-to-searchable, mix under load: p50 " + Timings.format(ingested.uploadToSearchable()
                .percentile(50)) + " ms, p95 " + Timings.format(ingested.uploadToSearchable().percentile(95)) + " ms");
        List<Path> alone = CompanyShare.copies(sources, Math.min(plan.idleFiles(), sources.size()), "idle");
        IngestBench.Idle idle = ingest.idle(alone, parseTimes(alone), praxis);
        double p95 = idle.beyondParse().percentile(95);
        out.accept(String.format(Locale.ROOT, "upload-to-searchable, idle (one upload at a time, %d files of %d "
                        + "formats): p95 %s ms more than the file's own parse (target <= 1500 ms: %s); upload answered"
                        + " to text recorded p50 %s ms, p95 %s ms; text recorded to searchable p50 %s ms, p95 %s ms; "
                        + "the most beyond its parse: %s, %s ms",
                idle.beyondParse().count(), alone.stream().map(CompanyShare::extension).distinct().count(),
                Timings.format(p95), met(p95 <= 1500),
                Timings.format(idle.toText().percentile(50)), Timings.format(idle.toText().percentile(95)),
                Timings.format(idle.textToSearchable().percentile(50)),
                Timings.format(idle.textToSearchable().percentile(95)), idle.slowest(),
                Timings.format(idle.slowestBeyondParse())));
    }

    /**
     * How long each file's own parse takes, in nanoseconds: Praxis's extraction of it (in the worker, with OCR of the
     * pages and images that have no text where Tesseract is installed, ADR 15) on the idle server, before the file is
     * uploaded. The baseline's Tika without OCR was the measure until 2026-12-02; it reads nothing of a scan, so a
     * scan's OCR counted as the pipeline's overhead.
     */
    private Map<Path, Long> parseTimes(List<Path> files) throws IOException {
        Map<Path, Long> nanos = new HashMap<>();
        Path text = Files.createTempFile("praxis-bench-parse", ".txt");
        try {
            for (Path file : files) {
                long start = System.nanoTime();
                extractor.extract(file, file.getFileName().toString(), text);
                nanos.put(file, System.nanoTime() - start);
            }
        } finally {
            Files.deleteIfExists(text);
        }
        return nanos;
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /**
     * A new folder holding each text file again with {@code line} added, so that nothing is taken for a copy of the
     * files themselves or of another batch's copies.
     */
    private static Path changedCopies(List<Path> files, String line) throws IOException {
        Path folder = Files.createTempDirectory("praxis-bench-copies");
        for (Path file : files) {
            Files.writeString(folder.resolve(file.getFileName()), Files.readString(file) + "\n\n" + line);
        }
        return folder;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
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
