package org.praxis.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetitleDocumentCommand(@TargetAggregateIdentifier String documentId, String title, String actor) {
}
