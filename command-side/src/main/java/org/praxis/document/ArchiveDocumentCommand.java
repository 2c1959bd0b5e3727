package org.praxis.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveDocumentCommand(@TargetAggregateIdentifier String documentId, String actor) {
}
