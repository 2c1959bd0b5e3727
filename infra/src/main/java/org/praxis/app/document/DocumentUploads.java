package org.praxis.app.document;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.blob.BlobStore;
import org.praxis.blob.StoredBlob;
import org.praxis.command.document.AddDocumentVersionCommand;
import org.praxis.command.document.ContentReceipt;
import org.praxis.command.document.FileNames;
import org.praxis.command.document.IdempotencyKey;
import org.praxis.command.document.UploadDocumentCommand;
import org.praxis.command.extraction.MediaTypeDetector;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.Visibility;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.document.DocumentQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Takes an uploaded file: stores its bytes first (content-addressed, so the same bytes are kept
 * once, and synced to the disk), then records the upload as a command. If the command is refused, the
 * stored bytes are unreferenced but harmless; no accepted upload can lose its bytes. A request sent
 * again with the same {@link IdempotencyKey} records nothing new (a client that lost the answer in a
 * crash may simply send it again).
 */
@Service
class DocumentUploads {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploads.class);

    private final BlobStore blobs;
    private final MediaTypeDetector mediaTypes;
    private final CommandGateway commands;
    private final DocumentQueries documents;
    private final RecentContent recent;

    DocumentUploads(BlobStore blobs, MediaTypeDetector mediaTypes, CommandGateway commands, DocumentQueries documents,
                    RecentContent recent) {
        this.blobs = blobs;
        this.mediaTypes = mediaTypes;
        this.commands = commands;
        this.documents = documents;
        this.recent = recent;
    }

    /**
     * Records a new document; with an {@code idempotencyKey} (may be null) already used by the same
     * person for the same bytes, answers with that document instead.
     */
    Upload upload(MultipartFile file, String title, Set<String> tags, String project, Visibility visibility,
                  PraxisUser user, IdempotencyKey idempotencyKey) throws IOException {
        DocumentContent content = store(file);
        String actor = user.getUsername();
        String id = idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey.documentIdFor(actor);
        ContentReceipt receipt = commands.sendAndWait(new UploadDocumentCommand(id, title, content, tags, project,
                visibility, actor));
        return recorded(id, content, receipt, user);
    }

    /** Adds a version; with an {@code idempotencyKey} (may be null) used before, answers with that version. */
    Upload addVersion(String documentId, MultipartFile file, PraxisUser user, IdempotencyKey idempotencyKey)
            throws IOException {
        DocumentContent content = store(file);
        ContentReceipt receipt = commands.sendAndWait(new AddDocumentVersionCommand(documentId, content,
                user.actor(), idempotencyKey));
        return recorded(documentId, content, receipt, user);
    }

    /**
     * New content as the document recorded it: which document, which version, whether it repeated a request,
     * and the other documents the uploader may see that hold the same bytes (an upload is never refused for
     * that: it is named, so nobody keeps two copies without knowing).
     */
    record Upload(String documentId, ContentReceipt receipt, List<DocumentEntry> sameContent) {
    }

    /**
     * The recorded upload with the documents holding the same bytes. The upload is stored already: when the index
     * cannot be asked (Elasticsearch down), the answer names none rather than failing.
     */
    private Upload recorded(String id, DocumentContent content, ContentReceipt receipt, PraxisUser user) {
        List<String> recentlyRecorded = recent.documentsWith(content.contentHash());
        recent.remember(content.contentHash(), id);
        try {
            return new Upload(id, receipt, documents.holding(content.contentHash(), recentlyRecorded, id,
                    user.viewer()));
        } catch (UncheckedIOException | ElasticsearchException unavailable) {
            log.warn("Could not look for documents holding the same bytes as {}: {}", id, unavailable.getMessage());
            return new Upload(id, receipt, List.of());
        }
    }

    /** Stores the bytes; the document numbers the version when it records the content. */
    private DocumentContent store(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        StoredBlob blob;
        try (InputStream in = file.getInputStream()) {
            blob = blobs.put(in);
        }
        String fileName = FileNames.safe(file.getOriginalFilename());
        return new DocumentContent(0, blob.hash(), blob.size(), mediaTypes.detect(blobs.locate(blob.hash()),
                fileName), fileName);
    }
}
