package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.command.common.Actor;

public record ArchiveDocumentCommand(@TargetAggregateIdentifier String documentId, Actor actor) {
}
