package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.command.common.Actor;
import org.praxis.events.document.Visibility;

import java.util.Set;

/**
 * Changes a document's details at once: a new title, exactly these tags, a new visibility, another project (blank:
 * none). A null field stays as it is. Either every change is valid and recorded, or none is.
 */
public record EditDocumentCommand(
        @TargetAggregateIdentifier String documentId,
        String title,
        Set<String> tags,
        Visibility visibility,
        String project,
        Actor actor) {

    /** The details but the project. */
    public EditDocumentCommand(String documentId, String title, Set<String> tags, Visibility visibility, Actor actor) {
        this(documentId, title, tags, visibility, null, actor);
    }
}
