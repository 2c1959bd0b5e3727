package org.praxis.app.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.praxis.events.document.DocumentEvent;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.document.DocumentProjection;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Rebuilding the documents index by replaying the event store (into a new generation, then the
 * alias swap) against a raw loop that reads the same events and writes them with {@code _bulk}.
 */
@Component
class ReplayBench {

    private static final int BULK_SIZE = 500;
    private static final long GIVE_UP_SECONDS = 1_800;

    private final EventProcessingConfiguration processing;
    private final ProjectionIndex<DocumentEntry> documents;
    private final EventStorageEngine storage;
    private final ElasticsearchClient client;

    ReplayBench(EventProcessingConfiguration processing, ProjectionIndex<DocumentEntry> documents,
                EventStorageEngine storage, ElasticsearchClient client) {
        this.processing = processing;
        this.documents = documents;
        this.storage = storage;
        this.client = client;
    }

    record Result(long events, double replayPerSecond, double rawPerSecond) {
    }

    Result run() throws Exception {
        long events = documentEvents();
        StreamingEventProcessor processor = processing
                .eventProcessor(DocumentProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        String before = documents.generations().current();
        long start = System.nanoTime();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        while (documents.generations().rebuilding() || documents.generations().current().equals(before)) {
            if (IngestBench.seconds(start) > GIVE_UP_SECONDS) {
                throw new IllegalStateException("the rebuild did not finish within " + GIVE_UP_SECONDS + " s");
            }
            Thread.sleep(20);
        }
        double replay = events / IngestBench.seconds(start);
        return new Result(events, replay, raw());
    }

    private long documentEvents() {
        try (Stream<? extends TrackedEventMessage<?>> all = storage.readEvents(null, false)) {
            return all.filter(event -> event.getPayload() instanceof DocumentEvent).count();
        }
    }

    private double raw() throws IOException {
        String index = "bench-replay-" + UUID.randomUUID();
        long start = System.nanoTime();
        long written = 0;
        try (Stream<? extends TrackedEventMessage<?>> all = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = all.iterator();
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            int inBatch = 0;
            while (events.hasNext()) {
                if (!(events.next().getPayload() instanceof DocumentEvent event)) {
                    continue;
                }
                Map<String, String> document = Map.of("id", event.documentId(), "type", event.getClass().getSimpleName());
                bulk.operations(op -> op.index(i -> i.index(index).id(event.documentId()).document(document)));
                written++;
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
            return written / IngestBench.seconds(start);
        } finally {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
    }
}
