package org.praxis.app.document;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.document.EditDocumentCommand;
import org.praxis.command.document.IdempotencyKey;
import org.praxis.command.document.RelocateDocumentCommand;
import org.praxis.events.document.Visibility;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Names;
import org.praxis.query.document.DocumentQueries;
import org.praxis.query.history.History;
import org.praxis.query.history.HistoryEntry;
import org.praxis.query.search.RelatedDocuments;
import org.praxis.query.search.SearchHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code /api/documents}: upload, versions, metadata, content, changes and history. A document the
 * caller may not see answers 404, exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private static final Logger log = LoggerFactory.getLogger(DocumentController.class);
    private static final Duration ACCESS_PATIENCE = Duration.ofSeconds(10);
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Marks the answer to a repeated request, as Stripe's API and others do. */
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final DocumentUploads uploads;
    private final DocumentArchiving archiving;
    private final DocumentAccess access;
    private final DocumentQueries documents;
    private final History history;
    private final CommandGateway commands;
    private final RelatedDocuments related;

    DocumentController(DocumentUploads uploads, DocumentAccess access, DocumentQueries documents, History history,
                       CommandGateway commands, RelatedDocuments related, DocumentArchiving archiving) {
        this.archiving = archiving;
        this.uploads = uploads;
        this.access = access;
        this.documents = documents;
        this.history = history;
        this.commands = commands;
        this.related = related;
    }

    /**
     * With an {@code Idempotency-Key} header the caller used before for the same file, answers as the
     * first time (201, the same document) with {@code Idempotent-Replayed: true} and records nothing;
     * the same key with another file is refused with 422.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadReceipt> upload(@RequestPart("file") MultipartFile file,
                                         @RequestParam(required = false) String title,
                                         @RequestParam(required = false) List<String> tags,
                                         @RequestParam(required = false) String project,
                                         @RequestParam(defaultValue = "ORGANIZATION") Visibility.Scope visibility,
                                         @RequestParam(required = false) List<String> groups,
                                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                         @AuthenticationPrincipal PraxisUser user) throws IOException {
        return receipt(uploads.upload(file, title, Names.of(tags), project,
                new Visibility(visibility, Names.of(groups)), user, IdempotencyKey.ofNullable(key)));
    }

    /** A new version; idempotent with an {@code Idempotency-Key} header, like the upload. */
    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadReceipt> addVersion(@PathVariable String id, @RequestPart("file") MultipartFile file,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                             @AuthenticationPrincipal PraxisUser user) throws IOException {
        access.changeable(id, user);
        return receipt(uploads.addVersion(id, file, user, IdempotencyKey.ofNullable(key)));
    }

    private static ResponseEntity<UploadReceipt> receipt(DocumentUploads.Upload upload) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.created(URI.create("/api/documents/" + upload.documentId()));
        if (upload.receipt().repeated()) {
            answer.header(IDEMPOTENT_REPLAYED, "true");
        }
        return answer.body(UploadReceipt.of(upload));
    }

    @GetMapping("/{id}")
    DocumentView get(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        return DocumentView.of(access.shown(id, user));
    }

    @GetMapping("/{id}/content")
    ResponseEntity<Resource> content(@PathVariable String id, @RequestParam(required = false) Integer version,
                                     @AuthenticationPrincipal PraxisUser user) throws IOException {
        return access.download(id, version, user);
    }

    /** A change of visibility is in the index before the answer: the next query already honours it. */
    @PatchMapping("/{id}")
    ResponseEntity<Void> change(@PathVariable String id, @RequestBody DocumentChange change,
                                @AuthenticationPrincipal PraxisUser user) throws InterruptedException {
        access.visible(id, user);
        commands.sendAndWait(new EditDocumentCommand(id, change.title(), change.tags(), change.visibility(),
                change.project(), user.actor()));
        if (change.sourcePath() != null) {
            commands.sendAndWait(new RelocateDocumentCommand(id, change.sourcePath(), user.actor()));
        }
        if (change.visibility() != null && !documents.awaitVisibility(id, change.visibility(), ACCESS_PATIENCE)) {
            log.warn("The index has not applied the new visibility of document {} yet; it will shortly", id);
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> archive(@PathVariable String id, @AuthenticationPrincipal PraxisUser user)
            throws InterruptedException {
        archiving.archive(id, user);
        return ResponseEntity.noContent().build();
    }

    /** Visible documents most like this one. */
    @GetMapping("/{id}/related")
    List<SearchHit> related(@PathVariable String id, @RequestParam(defaultValue = "5") int size,
                            @AuthenticationPrincipal PraxisUser user) {
        access.visible(id, user);
        if (size < 1 || size > 20) {
            throw new IllegalArgumentException("size must be between 1 and 20");
        }
        return related.related(id, user.viewer(), size);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable String id, @AuthenticationPrincipal PraxisUser user) {
        access.visible(id, user);
        return history.ofDocument(id);
    }
}
