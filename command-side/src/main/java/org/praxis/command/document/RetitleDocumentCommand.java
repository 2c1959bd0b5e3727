package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetitleDocumentCommand(@TargetAggregateIdentifier String documentId, String title, String actor) {
}
