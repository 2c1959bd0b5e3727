package org.praxis.tools.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.praxis.app.admin.Rebuilds;
import org.praxis.events.document.DocumentEvent;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.document.DocumentChanges;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.document.DocumentProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Rebuilding the documents index by replaying the event store into a new generation, timed until
 * the replay has caught up with the store, against a raw loop doing the same work without the
 * framework: read the same events, build the same entries with the same {@link DocumentChanges}
 * (extracted text read from the blob store), and write them with {@code _bulk} to an index of the same definition
 * (the same analysis of every field, no periodic refresh, like the rebuilt generation).
 */
@Component
class ReplayBench {

    private static final Logger log = LoggerFactory.getLogger(ReplayBench.class);
    private static final int BULK_SIZE = 500;
    private static final long GIVE_UP_SECONDS = 3_600;

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final ProjectionIndex<DocumentEntry> documents;
    private final DocumentChanges changes;
    private final EventStorageEngine storage;
    private final ElasticsearchClient client;

    ReplayBench(EventProcessingConfiguration processing, TokenStore tokens, ProjectionIndex<DocumentEntry> documents,
                DocumentChanges changes, EventStorageEngine storage, ElasticsearchClient client) {
        this.processing = processing;
        this.tokens = tokens;
        this.documents = documents;
        this.changes = changes;
        this.storage = storage;
        this.client = client;
    }

    /**
     * Events replayed, both rates in events per second, and the most heap in use (bytes, sampled every poll of the
     * rebuild, garbage not yet collected included) while Praxis rebuilt, against the JVM's maximum heap.
     */
    record Result(long events, double replayPerSecond, double rawPerSecond, long peakHeapBytes, long maxHeapBytes) {
    }

    Result run() throws Exception {
        long events = documentEvents();
        long head = storage.createHeadToken().position().orElse(0);
        StreamingEventProcessor processor = processing
                .eventProcessor(DocumentProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        int segments = tokens.fetchSegments(processor.getName()).length;
        String before = documents.generations().current();
        long start = System.nanoTime();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        HeapPeak heap = new HeapPeak();
        awaitUntil(start, () -> {
            heap.sample();
            return caughtUp(processor.processingStatus().values(), segments, head);
        });
        double replay = events / Timings.secondsSince(start);
        // the new generation takes over at the next completion check; later benchmarks read it
        awaitUntil(start, () -> !documents.generations().rebuilding()
                && !documents.generations().current().equals(before));
        return new Result(events, replay, raw(), heap.peak, Runtime.getRuntime().maxMemory());
    }

    /** The largest heap in use seen so far. */
    private static final class HeapPeak {
        private long peak;

        void sample() {
            Runtime runtime = Runtime.getRuntime();
            peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        }
    }

    private static boolean caughtUp(Collection<EventTrackerStatus> statuses, int segments, long head) {
        return statuses.size() == segments && Rebuilds.caughtUp(statuses.stream()
                .map(status -> status.getCurrentPosition().orElse(-1)).toList(), head);
    }

    private static void awaitUntil(long start, BooleanSupplier condition) throws InterruptedException {
        Timings.awaitUntil(start, GIVE_UP_SECONDS, 20, "the rebuild", condition);
    }

    private long documentEvents() {
        try (Stream<? extends TrackedEventMessage<?>> all = storage.readEvents((TrackingToken) null, false)) {
            return all.filter(event -> event.getPayload() instanceof DocumentEvent).count();
        }
    }

    /** Applies the event as the projection does; one it cannot apply is skipped (the projection parks it). */
    private void fold(Map<String, DocumentEntry> entries, DocumentEvent event) {
        try {
            entries.compute(event.documentId(), (id, entry) -> changes.apply(entry, event));
        } catch (IllegalStateException inconsistent) {
            log.warn("Skipping {} of document {}: {}", event.getClass().getSimpleName(), event.documentId(),
                    inconsistent.getMessage());
        }
    }

    private double raw() throws IOException {
        String index = "bench-replay-" + UUID.randomUUID();
        long start = System.nanoTime();
        documents.generations().createUnaliased(index);
        Map<String, DocumentEntry> entries = new HashMap<>();
        try (Stream<? extends TrackedEventMessage<?>> all = storage.readEvents((TrackingToken) null, false)) {
            long events = 0;
            for (Iterator<? extends TrackedEventMessage<?>> messages = all.iterator(); messages.hasNext(); ) {
                if (messages.next().getPayload() instanceof DocumentEvent event) {
                    fold(entries, event);
                    events++;
                }
            }
            List<Map.Entry<String, DocumentEntry>> written = new ArrayList<>(entries.entrySet());
            for (int from = 0; from < written.size(); from += BULK_SIZE) {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                written.subList(from, Math.min(written.size(), from + BULK_SIZE)).forEach(entry -> bulk.operations(
                        op -> op.index(i -> i.index(index).id(entry.getKey()).document(entry.getValue()))));
                client.bulk(bulk.build());
            }
            client.indices().refresh(r -> r.index(index));
            return events / Timings.secondsSince(start);
        } finally {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
    }
}
