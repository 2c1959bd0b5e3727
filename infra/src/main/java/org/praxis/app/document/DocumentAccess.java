package org.praxis.app.document;

import org.praxis.app.security.PraxisUser;
import org.praxis.app.web.NotFound;
import org.praxis.command.blob.BlobStore;
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
 * Who may do what with a document, for the API and the pages alike: a document the person may not
 * see is reported as not found, exactly like one that does not exist; only its owner or an admin
 * may change it. Downloads are always attachments that browsers must not sniff.
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

    DocumentEntry changeable(String id, PraxisUser user) {
        DocumentEntry document = visible(id, user);
        if (!mayChange(document, user)) {
            throw new AccessDeniedException("only the owner of a document or an admin may change it");
        }
        return document;
    }

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
