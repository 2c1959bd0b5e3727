package org.praxis.tools.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.praxis.query.IndexNames;
import org.praxis.query.ItemFields;
import org.praxis.tools.imports.PraxisClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    IngestBench(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Throughputs, latencies, the uploaded documents' ids and when the clock started ({@link System#nanoTime}). */
    record Result(double pipelinePerSecond, double rawPerSecond, Timings uploadToSearchable, List<String> ids,
                  long startedAt) {
    }

    Result run(List<Path> files, PraxisClient praxis) throws Exception {
        warmUp(files.get(0), praxis);
        Map<String, Long> uploadedAt = new ConcurrentHashMap<>();
        Timings latency = new Timings();
        long start = System.nanoTime();
        ExecutorService uploaders = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> uploads = files.stream()
                    .map(file -> upload(uploaders, praxis, file, file.getFileName().toString(), uploadedAt)).toList();
            awaitSearchable(uploads, uploadedAt, latency);
            double pipeline = files.size() / Timings.secondsSince(start);
            List<String> ids = new ArrayList<>();
            for (Future<String> upload : uploads) {
                ids.add(upload.get());
            }
            return new Result(pipeline, raw(files), latency, ids, start);
        } finally {
            uploaders.shutdownNow();
        }
    }

    /**
     * One upload through the whole pipeline before the clock starts, as a server that has been up for
     * a while would be: the extraction worker is running and the code paths are compiled.
     */
    private void warmUp(Path file, PraxisClient praxis) throws Exception {
        Path copy = Files.createTempFile("warm-up", ".txt");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(copy, "\nWarm-up copy.", StandardOpenOption.APPEND);
            ExecutorService uploader = Executors.newSingleThreadExecutor();
            try {
                Map<String, Long> uploadedAt = new ConcurrentHashMap<>();
                awaitSearchable(List.of(upload(uploader, praxis, copy, "warm-up.txt", uploadedAt)), uploadedAt,
                        new Timings());
            } finally {
                uploader.shutdownNow();
            }
        } finally {
            Files.deleteIfExists(copy);
        }
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

    /** Polls the index for uploaded documents that became searchable, noting when each did. */
    private void awaitSearchable(List<Future<String>> uploads, Map<String, Long> uploadedAt, Timings latency)
            throws Exception {
        int searchable = 0;
        while (searchable < uploads.size()) {
            List<String> pending = uploadedAt.keySet().stream().toList();
            if (!pending.isEmpty()) {
                for (Hit<Void> hit : client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS)).size(pending.size())
                        .source(src -> src.fetch(false)).query(q -> q.bool(b -> b
                                .filter(f -> f.ids(i -> i.values(pending)))
                                .filter(f -> f.term(t -> t.field(ItemFields.STATUS).value("INDEXED"))))), Void.class)
                        .hits().hits()) {
                    Long at = uploadedAt.remove(hit.id());
                    if (at != null) {
                        latency.add(System.nanoTime() - at);
                        searchable++;
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
    }

    private double raw(List<Path> files) throws IOException {
        String index = "bench-raw-" + UUID.randomUUID();
        Tika tika = new Tika();
        long start = System.nanoTime();
        try {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            int inBatch = 0;
            for (Path file : files) {
                String text = tika.parseToString(file);
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
        } catch (TikaException e) {
            throw new IOException(e);
        } finally {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
    }
}
