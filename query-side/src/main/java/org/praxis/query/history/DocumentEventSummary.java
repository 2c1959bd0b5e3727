package org.praxis.query.history;

import org.praxis.events.document.DocumentAccessChanged;
import org.praxis.events.document.DocumentArchived;
import org.praxis.events.document.DocumentErased;
import org.praxis.events.document.DocumentReadAgainRequested;
import org.praxis.events.document.DocumentRelocated;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.document.DocumentExtractionFailed;
import org.praxis.events.document.DocumentProjectChanged;
import org.praxis.events.document.DocumentRetitled;
import org.praxis.events.document.DocumentTagged;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUntagged;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.praxis.events.document.Visibility;

/** A one-line, human description of a document event. */
public final class DocumentEventSummary {

    private DocumentEventSummary() {
    }

    public static String of(DocumentEvent event) {
        if (event instanceof DocumentUploaded e) {
            return "uploaded '" + e.content().fileName() + "' as version 1 (" + e.content().size() + " bytes, "
                    + e.content().mediaType() + ")";
        } else if (event instanceof DocumentVersionAdded e) {
            return "added version " + e.content().version() + ": '" + e.content().fileName() + "' ("
                    + e.content().size() + " bytes)";
        } else if (event instanceof DocumentTextExtracted e) {
            String language = e.text().language() == null ? "" : ", language " + e.text().language();
            String warnings = e.text().warnings().isEmpty() ? "" : " (" + String.join("; ", e.text().warnings()) + ")";
            String authors = e.text().authors().isEmpty() ? "" : ", written by " + String.join(", ", e.text().authors());
            return "read " + e.text().characters() + " characters of text from version " + e.version() + language
                    + authors + warnings;
        } else if (event instanceof DocumentExtractionFailed e) {
            return "could not read version " + e.version() + ": " + e.failure().detail();
        } else if (event instanceof DocumentRetitled e) {
            return "retitled to '" + e.title() + "'";
        } else if (event instanceof DocumentProjectChanged e) {
            return e.project() == null ? "took it out of its project" : "moved it to the project '" + e.project() + "'";
        } else if (event instanceof DocumentTagged e) {
            return "tagged '" + e.tag() + "'";
        } else if (event instanceof DocumentUntagged e) {
            return "removed tag '" + e.tag() + "'";
        } else if (event instanceof DocumentAccessChanged e) {
            return "made visible to " + describe(e.visibility());
        } else if (event instanceof DocumentArchived) {
            return "archived";
        } else if (event instanceof DocumentReadAgainRequested again) {
            return "asked to read version " + again.content().version() + " again: " + again.reason();
        } else if (event instanceof DocumentErased) {
            return "erased";
        } else if (event instanceof DocumentRelocated e) {
            return "moved to '" + e.path() + "'";
        }
        return event.getClass().getSimpleName();
    }

    private static String describe(Visibility visibility) {
        return switch (visibility.scope()) {
            case ORGANIZATION -> "the whole organisation";
            case GROUPS -> "the groups " + String.join(", ", visibility.groups());
            case PRIVATE -> "its owner only";
        };
    }
}
