package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases the document for good (right to erasure); who may do this is decided where roles are known. */
public record EraseDocumentCommand(@TargetAggregateIdentifier String documentId, String actor) {
}
