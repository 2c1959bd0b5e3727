package org.praxis.app.document;

import org.praxis.blob.BlobStore;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.document.DocumentQueries;
import org.praxis.query.document.VersionEntry;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Which documents a person may see, for the API and the pages alike: a document the person may not see is
 * reported as not found, exactly like one that does not exist. Who may change a document is the
 * {@code Document} aggregate's rule (its owner or an admin); this class only reads it ahead where that saves
 * work. Downloads are always attachments that browsers must not sniff.
 */
@Component
class DocumentAccess {

    private final DocumentQueries documents;
    private final BlobStore blobs;

    DocumentAccess(DocumentQueries documents, BlobStore blobs) {
        this.documents = documents;
        this.blobs = blobs;
    }

    DocumentEntry visible(String id, PraxisUser user) {
        return documents.find(id, user.viewer()).orElseThrow(() -> new NotFound("document"));
    }

    /** The document to show a person: once it shows {@code INDEXED}, the next search finds it. */
    DocumentEntry shown(String id, PraxisUser user) {
        return documents.findSearchable(id, user.viewer()).orElseThrow(() -> new NotFound("document"));
    }

    /**
     * The visible document, when the person may also change it as the aggregate would judge: asked before a new
     * version's bytes are stored, so that a refused version keeps nothing.
     */
    DocumentEntry changeable(String id, PraxisUser user) {
        DocumentEntry document = visible(id, user);
        if (!mayChange(document, user)) {
            throw new AccessDeniedException("only the owner of a document or an admin may change it");
        }
        return document;
    }

    /** Whether to offer the person the changes (the page's forms); the aggregate decides when they are sent. */
    static boolean mayChange(DocumentEntry document, PraxisUser user) {
        return document.owner().equals(user.getUsername()) || user.isAdmin();
    }

    /** The bytes of a version (the latest when {@code version} is null). */
    ResponseEntity<Resource> download(String id, Integer version, PraxisUser user) throws IOException {
        DocumentEntry document = visible(id, user);
        int wanted = version == null ? document.version() : version;
        VersionEntry entry = document.versions().stream().filter(v -> v.version() == wanted).findFirst()
                .orElseThrow(() -> new NotFound("version " + wanted + " of this document"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(entry.mediaType()))
                .contentLength(entry.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(entry.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(blobs.locate(entry.contentHash())));
    }
}
