package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveDocumentCommand(@TargetAggregateIdentifier String documentId, String actor) {
}
