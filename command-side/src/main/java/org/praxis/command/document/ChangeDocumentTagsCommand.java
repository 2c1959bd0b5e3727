package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Sets the document's tags to exactly {@code tags}; the aggregate records which were added and removed.
 */
public record ChangeDocumentTagsCommand(
        @TargetAggregateIdentifier String documentId, Set<String> tags, String actor) {
}
