package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds new content to a document. The version number is assigned by the aggregate, so the
 * content's own {@code version} field is ignored.
 */
public record AddDocumentVersionCommand(
        @TargetAggregateIdentifier String documentId,
        String contentHash,
        long size,
        String mediaType,
        String fileName,
        String actor) {
}
