package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.command.common.Actor;

/** Records that the document's source file moved to {@code path} (within an imported folder). */
public record RelocateDocumentCommand(@TargetAggregateIdentifier String documentId, String path, Actor actor) {
}
