package org.praxis.tools.bench;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.praxis.blob.BlobStore;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.ExtractedText;
import org.praxis.events.document.Visibility;
import org.praxis.tools.eval.TestCollection;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A large event store made quickly, for timing a replay of a million events without ingesting half a million files
 * first: every document is an upload of one of the collection's texts followed by its extraction, appended straight
 * to the storage engine (sealed like any other event) in transactions of {@value #PER_TRANSACTION} events. Each text
 * is stored once in the blob store and shared by the documents made from it. Every event processor is shut down
 * first, so that nothing but the rebuild reads the generated events.
 */
@Component
class GeneratedEvents {

    private static final int PER_TRANSACTION = 1_000;
    private static final String AGGREGATE_TYPE = "Document";

    private final EventStorageEngine storage;
    private final TransactionManager transactions;
    private final BlobStore blobs;
    private final EventProcessingConfiguration processing;

    GeneratedEvents(EventStorageEngine storage, TransactionManager transactions, BlobStore blobs,
                    EventProcessingConfiguration processing) {
        this.storage = storage;
        this.transactions = transactions;
        this.blobs = blobs;
        this.processing = processing;
    }

    /** Appends about {@code events} document events (two per document), reporting progress to {@code progress}. */
    void append(TestCollection collection, long events, Consumer<String> progress) throws IOException {
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        List<Text> texts = store(collection);
        Instant at = Instant.now();
        List<EventMessage<?>> batch = new ArrayList<>(PER_TRANSACTION);
        for (long document = 0; document < events / 2; document++) {
            Text text = texts.get((int) (document % texts.size()));
            String id = UUID.randomUUID().toString();
            DocumentContent content = new DocumentContent(1, text.hash(), text.bytes(), "text/plain",
                    "generated-" + document + ".txt");
            batch.add(message(id, 0, new DocumentUploaded(id, text.title(), content, Set.of(), "Replay",
                    Visibility.organization(), BenchCommand.USER, at)));
            batch.add(message(id, 1, new DocumentTextExtracted(id, 1, new ExtractedText(text.hash(), text.characters(),
                    "en", text.title(), null, "generated", List.of(), List.of()), BenchCommand.USER, at)));
            if (batch.size() >= PER_TRANSACTION) {
                flush(batch);
                if ((document + 1) * 2 % 100_000 == 0) {
                    progress.accept("generated " + (document + 1) * 2 + " of " + events + " events");
                }
            }
        }
        flush(batch);
    }

    private void flush(List<EventMessage<?>> batch) {
        if (!batch.isEmpty()) {
            transactions.executeInTransaction(() -> storage.appendEvents(batch));
            batch.clear();
        }
    }

    private static EventMessage<?> message(String documentId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, documentId, sequence, payload);
    }

    private record Text(String title, String hash, long bytes, long characters) {
    }

    private List<Text> store(TestCollection collection) throws IOException {
        List<Text> texts = new ArrayList<>();
        for (TestCollection.Doc doc : collection.docs()) {
            if (!doc.text().isBlank()) {
                byte[] bytes = doc.text().getBytes(StandardCharsets.UTF_8);
                String hash = blobs.put(new ByteArrayInputStream(bytes)).hash();
                texts.add(new Text(doc.title(), hash, bytes.length, doc.text().length()));
            }
        }
        return texts;
    }
}
