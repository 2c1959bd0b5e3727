package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Read the text of the document's current version again, for {@code reason} (what reading can now do). */
public record ReadDocumentAgainCommand(@TargetAggregateIdentifier String documentId, String reason, String actor) {
}
