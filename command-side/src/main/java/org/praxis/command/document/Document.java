package org.praxis.command.document;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.command.common.Actor;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RequiredText;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.common.Tags;
import org.praxis.events.document.DocumentAccessChanged;
import org.praxis.events.document.DocumentArchived;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentErased;
import org.praxis.events.document.DocumentProjectChanged;
import org.praxis.events.document.DocumentExtractionFailed;
import org.praxis.events.document.DocumentReadAgainRequested;
import org.praxis.events.document.DocumentRelocated;
import org.praxis.events.document.DocumentRetitled;
import org.praxis.events.document.DocumentTagged;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUntagged;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.events.document.Visibility;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A document and its versions. It decides which changes are allowed; its events are the only
 * record of what happened to it. An erased document refuses every change; late extraction results
 * for it are dropped.
 */
@Aggregate
class Document {

    static final int MAX_TITLE_LENGTH = UploadDocumentCommand.MAX_TITLE_LENGTH;
    static final int MAX_PATH_LENGTH = 4096;

    @AggregateIdentifier
    private String documentId;
    private int latestVersion;
    private DocumentContent latestContent;
    private final Set<Integer> versionsWithText = new HashSet<>();
    private String title;
    private Set<String> tags = Set.of();
    private Visibility visibility;
    private String project;
    private boolean archived;
    private boolean erased;
    private String sourcePath;
    private String uploader;
    private KeyedContent firstContent;
    private final Map<SenderKey, KeyedContent> keyedVersions = new HashMap<>();

    Document() {
        // required by Axon to rebuild the aggregate from its events
    }

    /**
     * Records the upload, or, when this document exists already (an upload repeated with the same
     * {@link IdempotencyKey}), answers with its first version and records nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ContentReceipt handle(UploadDocumentCommand command) {
        if (documentId != null) {
            requireNotErased();
            if (!uploader.equals(command.actor())) {
                throw new IdempotencyKeyReused(); // ids of idempotent uploads are derived from their sender
            }
            return firstContent.repeatedBy(command.content());
        }
        apply(new DocumentUploaded(
                command.documentId(),
                RequiredText.optional(command.title(), "a title", MAX_TITLE_LENGTH),
                numbered(command.content(), 1),
                Tags.normalise(command.tags()),
                command.project() == null || command.project().isBlank() ? null : command.project().strip(),
                command.visibility() == null ? Visibility.organization() : command.visibility(),
                command.actor(),
                now()));
        return new ContentReceipt(1, false);
    }

    /** Returns the number the new version got, or the earlier one for a repeated idempotent request. */
    @CommandHandler
    ContentReceipt handle(AddDocumentVersionCommand command) {
        requireNotErased();
        if (command.idempotencyKey() != null) {
            KeyedContent earlier = keyedVersions.get(new SenderKey(command.actor().username(),
                    command.idempotencyKey().value()));
            if (earlier != null) {
                return earlier.repeatedBy(command.content());
            }
        }
        requireMayChange(command.actor(), "add a version to");
        requireNotArchived("add a version to");
        int version = latestVersion + 1;
        apply(new DocumentVersionAdded(documentId, numbered(command.content(), version), command.actor().username(),
                command.idempotencyKey() == null ? null : command.idempotencyKey().value(), now()));
        return new ContentReceipt(version, false);
    }

    @CommandHandler
    void handle(RecordTextExtractionCommand command) {
        if (erased || isSettled(command.version())) {
            return;
        }
        apply(new DocumentTextExtracted(documentId, command.version(), command.text(), command.actor(), now()));
    }

    /**
     * Asks for the current version's text to be read again; the version is unread until the new result is
     * recorded. Archived and erased documents are not read again.
     */
    @CommandHandler
    void handle(ReadDocumentAgainCommand command) {
        requireNotArchived("read again");
        apply(new DocumentReadAgainRequested(documentId, latestContent,
                RequiredText.of(command.reason(), "a reason", MAX_TITLE_LENGTH), command.actor(), now()));
    }

    @CommandHandler
    void handle(RecordExtractionFailureCommand command) {
        if (erased || isSettled(command.version())) {
            return;
        }
        apply(new DocumentExtractionFailed(documentId, command.version(), command.failure(), command.actor(), now()));
    }

    @CommandHandler
    void handle(EditDocumentCommand command) {
        requireMayChange(command.actor(), "edit");
        requireNotArchived("edit");
        String newTitle = command.title() == null ? title
                : RequiredText.of(command.title(), "a title", MAX_TITLE_LENGTH);
        Set<String> wantedTags = command.tags() == null ? tags : Tags.normalise(command.tags());
        String actor = command.actor().username();
        Instant at = now();
        if (!Objects.equals(newTitle, title)) {
            apply(new DocumentRetitled(documentId, newTitle, actor, at));
        }
        for (String tag : new TreeSet<>(wantedTags)) {
            if (!tags.contains(tag)) {
                apply(new DocumentTagged(documentId, tag, actor, at));
            }
        }
        for (String tag : new TreeSet<>(tags)) {
            if (!wantedTags.contains(tag)) {
                apply(new DocumentUntagged(documentId, tag, actor, at));
            }
        }
        if (command.visibility() != null && !command.visibility().equals(visibility)) {
            apply(new DocumentAccessChanged(documentId, command.visibility(), actor, at));
        }
        String newProject = command.project() == null ? project
                : RequiredText.optional(command.project(), "a project", MAX_TITLE_LENGTH);
        if (!Objects.equals(newProject, project)) {
            apply(new DocumentProjectChanged(documentId, newProject, actor, at));
        }
    }

    @CommandHandler
    void handle(ArchiveDocumentCommand command) {
        requireMayChange(command.actor(), "archive");
        requireNotErased();
        if (!archived) {
            apply(new DocumentArchived(documentId, command.actor().username(), now()));
        }
    }

    @CommandHandler
    void handle(RelocateDocumentCommand command) {
        requireMayChange(command.actor(), "move");
        requireNotArchived("move");
        String path = RequiredText.of(command.path(), "a path", MAX_PATH_LENGTH);
        if (!path.equals(sourcePath)) {
            apply(new DocumentRelocated(documentId, path, command.actor().username(), now()));
        }
    }

    /** Erasing twice is harmless: whoever retries an interrupted erasure gets the same outcome. */
    @CommandHandler
    void handle(EraseDocumentCommand command) {
        if (!erased) {
            apply(new DocumentErased(documentId, command.actor(), now()));
        }
    }

    @EventSourcingHandler
    void on(DocumentUploaded event) {
        documentId = event.documentId();
        uploader = event.actor();
        firstContent = new KeyedContent(event.content().contentHash(), 1);
        latestVersion = event.content().version();
        latestContent = event.content();
        title = event.title();
        tags = event.tags();
        visibility = event.visibility();
        project = event.project();
    }

    @EventSourcingHandler
    void on(DocumentProjectChanged event) {
        project = event.project();
    }

    @EventSourcingHandler
    void on(DocumentVersionAdded event) {
        latestVersion = event.content().version();
        latestContent = event.content();
        if (event.idempotencyKey() != null) {
            keyedVersions.put(new SenderKey(event.actor(), event.idempotencyKey()),
                    new KeyedContent(event.content().contentHash(), latestVersion));
        }
    }

    @EventSourcingHandler
    void on(DocumentTextExtracted event) {
        versionsWithText.add(event.version());
    }

    @EventSourcingHandler
    void on(DocumentExtractionFailed event) {
        versionsWithText.add(event.version());
    }

    @EventSourcingHandler
    void on(DocumentRetitled event) {
        title = event.title();
    }

    @EventSourcingHandler
    void on(DocumentTagged event) {
        Set<String> changed = new TreeSet<>(tags);
        changed.add(event.tag());
        tags = changed;
    }

    @EventSourcingHandler
    void on(DocumentUntagged event) {
        Set<String> changed = new TreeSet<>(tags);
        changed.remove(event.tag());
        tags = changed;
    }

    @EventSourcingHandler
    void on(DocumentAccessChanged event) {
        visibility = event.visibility();
    }

    @EventSourcingHandler
    void on(DocumentArchived event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(DocumentRelocated event) {
        sourcePath = event.path();
    }

    @EventSourcingHandler
    void on(DocumentReadAgainRequested event) {
        versionsWithText.remove(event.content().version());
    }

    @EventSourcingHandler
    void on(DocumentErased event) {
        erased = true;
    }

    /** An idempotency key as its sender's: two people's equal keys are different keys. */
    private record SenderKey(String actor, String key) {
    }

    /** Content recorded by a request that may be repeated: its SHA-256 and the version it became. */
    private record KeyedContent(String contentHash, int version) {

        /** The answer to the same request again: the earlier version, if it carries the same bytes. */
        ContentReceipt repeatedBy(DocumentContent content) {
            if (!Objects.equals(contentHash, content.contentHash())) {
                throw new IdempotencyKeyReused();
            }
            return new ContentReceipt(version, true);
        }
    }

    /** A version is settled once its extraction succeeded or failed; later results for it are duplicates. */
    private boolean isSettled(int version) {
        if (version < 1 || version > latestVersion) {
            throw new IllegalArgumentException("document " + documentId + " has no version " + version);
        }
        return versionsWithText.contains(version);
    }

    /** Content as recorded: numbered by this document, with a safe file name, never empty. */
    private static DocumentContent numbered(DocumentContent content, int version) {
        if (content.size() <= 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        return new DocumentContent(version, content.contentHash(), content.size(), content.mediaType(),
                FileNames.safe(content.fileName()));
    }

    /** Only the document's owner (who uploaded it) or an admin may change it. */
    private void requireMayChange(Actor actor, String action) {
        if (!actor.admin() && !actor.username().equals(uploader)) {
            throw new NotAllowed("only the owner of a document or an admin may " + action + " it");
        }
    }

    private void requireNotErased() {
        if (erased) {
            throw new RuleViolation("the document was erased");
        }
    }

    private void requireNotArchived(String action) {
        requireNotErased();
        if (archived) {
            throw new RuleViolation("cannot " + action + " an archived document");
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
