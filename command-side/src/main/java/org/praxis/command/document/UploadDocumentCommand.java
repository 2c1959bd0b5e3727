package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.Visibility;

import java.util.Set;

/**
 * Records a new document; its content becomes version 1 whatever {@code content.version()} says. An
 * upload made idempotent names its document with {@link IdempotencyKey#documentIdFor}; sent again, it
 * finds that document and records nothing.
 */
public record UploadDocumentCommand(
        @TargetAggregateIdentifier String documentId,
        String title,
        DocumentContent content,
        Set<String> tags,
        String project,
        Visibility visibility,
        String actor) {
}
