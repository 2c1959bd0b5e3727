package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.document.Visibility;

public record ChangeDocumentAccessCommand(
        @TargetAggregateIdentifier String documentId, Visibility visibility, String actor) {
}
