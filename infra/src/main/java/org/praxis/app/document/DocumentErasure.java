package org.praxis.app.document;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.blob.BlobStore;
import org.praxis.command.document.EraseDocumentCommand;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.platform.eventstore.DataKeys;
import org.praxis.platform.web.NotFound;
import org.praxis.query.EventFold;
import org.praxis.query.document.DocumentQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The right to erasure (ADR 8): destroys a document's bytes and extracted text, records that it was
 * erased (the projection then removes it from the index) and destroys its data key, after which
 * the titles, names and tags in its earlier events read as empty, in every replay too. Each step can
 * be repeated, so an interrupted erasure is finished by asking again.
 */
@Service
class DocumentErasure {

    private static final Logger log = LoggerFactory.getLogger(DocumentErasure.class);
    /** How long the answer waits for search to stop listing the document; the index follows shortly after. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final EventStore events;
    private final DocumentQueries documents;
    private final BlobStore blobs;
    private final CommandGateway commands;
    private final DataKeys keys;

    DocumentErasure(EventStore events, DocumentQueries documents, BlobStore blobs, CommandGateway commands,
                    DataKeys keys) {
        this.events = events;
        this.documents = documents;
        this.blobs = blobs;
        this.commands = commands;
        this.keys = keys;
    }

    /**
     * What an erasure did: how many blobs it destroyed, and which other documents hold the same bytes
     * or text (those blobs are kept for them; erase them too if they are about the same person).
     */
    record Erasure(String documentId, int destroyedBlobs, List<String> sameContentIn) {
    }

    Erasure erase(String id, String actor) throws IOException {
        Set<String> keys = blobKeys(id);
        List<String> sharing = documents.othersKeeping(id, keys);
        Set<String> kept = sharing.isEmpty() ? Set.of() : documentsBlobs(sharing);
        int destroyed = 0;
        for (String key : keys) {
            if (!kept.contains(key) && blobs.destroy(key)) {
                destroyed++;
            }
        }
        commands.sendAndWait(new EraseDocumentCommand(id, actor));
        this.keys.destroy(id);
        try {
            if (!documents.awaitErased(id, PATIENCE)) {
                log.warn("The index still lists erased document {}; it will shortly", id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Erasure(id, destroyed, List.copyOf(new TreeSet<>(sharing)));
    }

    private Set<String> documentsBlobs(List<String> ids) {
        Set<String> all = new HashSet<>();
        ids.forEach(other -> all.addAll(blobKeys(other)));
        return all;
    }

    /** The keys of every version's bytes and text, read from the events (empty once the key is destroyed). */
    private Set<String> blobKeys(String id) {
        return EventFold.fold(events, id, DocumentEvent.class, (Set<String> found, DocumentEvent event) -> {
            Set<String> all = found == null ? new HashSet<>() : found;
            if (event instanceof DocumentUploaded uploaded) {
                all.add(uploaded.content().contentHash());
            } else if (event instanceof DocumentVersionAdded added) {
                all.add(added.content().contentHash());
            } else if (event instanceof DocumentTextExtracted extracted) {
                all.add(extracted.text().textHash());
            }
            all.remove("");
            return all;
        }).orElseThrow(() -> new NotFound("document"));
    }
}
