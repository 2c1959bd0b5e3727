package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.Visibility;

import java.util.Set;

/**
 * Records a new document; its content becomes version 1 whatever {@code content.version()} says. An
 * upload made idempotent names its document with {@link IdempotencyKey#documentIdFor}; sent again, it
 * finds that document and records nothing.
 */
public record UploadDocumentCommand(
        @TargetAggregateIdentifier String documentId,
        String title,
        DocumentContent content,
        Set<String> tags,
        String project,
        Visibility visibility,
        String actor) {

    /** The longest title a document may have, in characters; a longer one is refused. */
    public static final int MAX_TITLE_LENGTH = 300;

    /**
     * A title that fits: as given when short enough, else cut at the last word boundary before the limit
     * and ended with "…" (for imports, where one odd title must not refuse a whole file); null when blank.
     */
    public static String fittingTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String stripped = title.strip();
        if (stripped.length() <= MAX_TITLE_LENGTH) {
            return stripped;
        }
        String cut = stripped.substring(0, MAX_TITLE_LENGTH - 1);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > MAX_TITLE_LENGTH / 2 ? cut.substring(0, lastSpace) : cut).strip() + "…";
    }
}
