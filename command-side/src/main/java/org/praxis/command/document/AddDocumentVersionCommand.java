package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.command.common.Actor;
import org.praxis.events.document.DocumentContent;

/**
 * Adds new content to a document. The aggregate numbers the version; the content's own
 * {@code version} is ignored. With an {@code idempotencyKey} (may be null) the actor used before for
 * the same content, the earlier version is answered and nothing is added.
 */
public record AddDocumentVersionCommand(
        @TargetAggregateIdentifier String documentId, DocumentContent content, Actor actor,
        IdempotencyKey idempotencyKey) {
}
