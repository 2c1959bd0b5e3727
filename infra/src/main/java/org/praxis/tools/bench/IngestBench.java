package org.praxis.tools.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.query.IndexNames;
import org.praxis.query.ItemFields;
import org.praxis.tools.imports.PraxisClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingestion through the whole pipeline (REST upload, blob store, event, extraction in a worker,
 * projection, searchable) against a raw loop over the same files: Tika in this JVM and {@code _bulk}.
 */
@Component
class IngestBench {

    private static final int CLIENTS = 4;
    private static final int BULK_SIZE = 100;
    /** Searchable means after Elasticsearch's own refresh (every second); polling never forces one. */
    private static final long POLL_MILLIS = 100;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final EventStorageEngine storage;
    private final TransactionManager transactions;
    private final QuietProcessors quiet;

    IngestBench(ElasticsearchClient client, IndexNames names, EventStorageEngine storage,
                TransactionManager transactions, QuietProcessors quiet) {
        this.quiet = quiet;
        this.client = client;
        this.names = names;
        this.storage = storage;
        this.transactions = transactions;
    }

    /**
     * Throughputs, latencies, the uploaded documents' ids, when the clock started and when every event processor had
     * caught up (both {@link System#nanoTime}), and how many documents ended {@code FAILED} rather than
     * {@code INDEXED}.
     */
    record Result(double pipelinePerSecond, double rawPerSecond, Timings uploadToSearchable, List<String> ids,
                  long startedAt, long caughtUpAt, int failed) {
    }

    /**
     * Uploads the files with {@value #CLIENTS} clients and waits until every one is searchable (or failed), then
     * runs the baseline over the same files. {@code warmUp} (other files of the same kinds) goes through both first,
     * off the clock.
     */
    Result run(List<Path> files, List<Path> warmUp, PraxisClient praxis) throws Exception {
        warmUp(warmUp, praxis);
        Map<String, Long> uploadedAt = new ConcurrentHashMap<>();
        Timings latency = new Timings();
        long start = System.nanoTime();
        ExecutorService uploaders = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> uploads = files.stream()
                    .map(file -> upload(uploaders, praxis, file, file.getFileName().toString(), uploadedAt)).toList();
            int failed = awaitSearchable(uploads, uploadedAt, latency);
            double pipeline = files.size() / Timings.secondsSince(start);
            List<String> ids = new ArrayList<>();
            for (Future<String> upload : uploads) {
                ids.add(upload.get());
            }
            long caughtUp = quiet.await();
            return new Result(pipeline, raw(files), latency, ids, start, caughtUp, failed);
        } finally {
            uploaders.shutdownNow();
        }
    }

    /**
     * The files through the whole pipeline, by the same clients, and through the baseline before either is timed, as
     * a server and a crawler that have been up for a while would be: the worker is running and the code of both is
     * compiled. A single upload was not enough: in the first 300 timed uploads after it, JIT compilation took more
     * than a quarter of Praxis's CPU (ADR 19).
     */
    private void warmUp(List<Path> files, PraxisClient praxis) throws Exception {
        if (files.isEmpty()) {
            return;
        }
        ExecutorService uploaders = Executors.newFixedThreadPool(CLIENTS);
        try {
            Map<String, Long> uploadedAt = new ConcurrentHashMap<>();
            awaitSearchable(files.stream().map(file -> upload(uploaders, praxis, file, file.getFileName().toString(),
                    uploadedAt)).toList(), uploadedAt, new Timings());
        } finally {
            uploaders.shutdownNow();
        }
        quiet.await();
        raw(files);
    }

    /**
     * Upload to searchable on an idle server, in milliseconds per file: how much longer than its own parse
     * ({@code parseNanos}: Praxis's extraction of the file, timed alone) it took, and its two halves, from the
     * upload's answer to the recorded text (the {@code DocumentTextExtracted} event's time: the extraction
     * processor's pick-up, the parse in the worker, the text stored and the command) and from there to searchable
     * (the projection and the index's refresh). The halves are as exact as the polling, {@value #POLL_MILLIS} ms.
     * {@code slowest} names the file that took longest beyond its parse, and by how many milliseconds ({@code none}
     * and NaN when no upload became searchable).
     */
    record Idle(Timings beyondParse, Timings toText, Timings textToSearchable, String slowest,
                double slowestBeyondParse) {
    }

    /** Uploads the files one at a time, each once the one before is searchable, as on an idle server. */
    Idle idle(List<Path> files, Map<Path, Long> parseNanos, PraxisClient praxis) throws Exception {
        Timings beyondParse = new Timings();
        Timings toText = new Timings();
        Timings textToSearchable = new Timings();
        Path slowest = null;
        long slowestNanos = Long.MIN_VALUE;
        ExecutorService uploader = Executors.newSingleThreadExecutor();
        try {
            for (Path file : files) {
                Map<String, Long> uploadedAt = new ConcurrentHashMap<>();
                Timings one = new Timings();
                Future<String> upload = upload(uploader, praxis, file, "idle-" + file.getFileName(), uploadedAt);
                awaitSearchable(List.of(upload), uploadedAt, one);
                Instant searchable = Instant.now();
                if (one.count() == 1) {
                    long total = (long) (one.percentile(50) * 1_000_000);
                    long beyond = total - parseNanos.getOrDefault(file, 0L);
                    beyondParse.add(beyond);
                    if (beyond > slowestNanos) {
                        slowest = file;
                        slowestNanos = beyond;
                    }
                    textRecorded(upload.get()).ifPresent(recorded -> {
                        long afterText = Duration.between(recorded, searchable).toNanos();
                        toText.add(total - afterText);
                        textToSearchable.add(afterText);
                    });
                }
            }
            return new Idle(beyondParse, toText, textToSearchable,
                    slowest == null ? "none" : slowest.getFileName().toString(),
                    slowest == null ? Double.NaN : slowestNanos / 1e6);
        } finally {
            uploader.shutdownNow();
        }
    }

    /** When the document's text was recorded (its last {@code DocumentTextExtracted} event), if it was. */
    private Optional<Instant> textRecorded(String documentId) {
        return transactions.fetchInTransaction(() -> storage.readEvents(documentId).asStream()
                .filter(event -> event.getPayload() instanceof DocumentTextExtracted)
                .map(EventMessage::getTimestamp).reduce((first, last) -> last));
    }

    /** Uploads the file on one of the uploaders, noting when the upload was accepted. */
    private static Future<String> upload(ExecutorService uploaders, PraxisClient praxis, Path file, String name,
                                         Map<String, Long> uploadedAt) {
        return uploaders.submit(() -> {
            String id = praxis.upload(file, name, null).id();
            uploadedAt.put(id, System.nanoTime());
            return id;
        });
    }

    /**
     * Polls the index until every uploaded document is searchable ({@code INDEXED}, its latency noted) or
     * {@code FAILED}; answers how many failed.
     */
    private int awaitSearchable(List<Future<String>> uploads, Map<String, Long> uploadedAt, Timings latency)
            throws Exception {
        int done = 0;
        int failed = 0;
        while (done < uploads.size()) {
            List<String> pending = uploadedAt.keySet().stream().toList();
            if (!pending.isEmpty()) {
                List<FieldValue> finished = List.of(FieldValue.of("INDEXED"), FieldValue.of("FAILED"));
                for (Hit<ObjectNode> hit : client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS))
                        .size(pending.size()).source(src -> src.filter(f -> f.includes(ItemFields.STATUS)))
                        .query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(pending)))
                                .filter(f -> f.terms(t -> t.field(ItemFields.STATUS).terms(v -> v.value(finished)))))),
                        ObjectNode.class).hits().hits()) {
                    Long at = uploadedAt.remove(hit.id());
                    if (at == null) {
                        continue;
                    }
                    done++;
                    if ("FAILED".equals(hit.source().path(ItemFields.STATUS).asText())) {
                        failed++;
                    } else {
                        latency.add(System.nanoTime() - at);
                    }
                }
            }
            for (Future<String> upload : uploads) {
                if (upload.isDone()) {
                    upload.get(); // an upload that failed fails the benchmark, with its reason
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        return failed;
    }

    /** The baseline: {@link RawExtraction} and {@code _bulk} in batches of {@value #BULK_SIZE}; docs/s. */
    private double raw(List<Path> files) throws IOException {
        String index = "bench-raw-" + UUID.randomUUID();
        RawExtraction tika = new RawExtraction();
        long start = System.nanoTime();
        try {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            int inBatch = 0;
            for (Path file : files) {
                String text = tika.text(file);
                Map<String, String> document = Map.of("fileName", file.getFileName().toString(), "text", text);
                bulk.operations(op -> op.index(i -> i.index(index).document(document)));
                if (++inBatch == BULK_SIZE) {
                    client.bulk(bulk.build());
                    bulk = new BulkRequest.Builder();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                client.bulk(bulk.build());
            }
            client.indices().refresh(r -> r.index(index));
            return files.size() / Timings.secondsSince(start);
        } finally {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
    }
}
