package org.praxis.events.document;

import java.time.Instant;

/** Something that happened to a document: who did it, when, to which document. */
public sealed interface DocumentEvent permits DocumentUploaded, DocumentVersionAdded, DocumentTextExtracted,
        DocumentExtractionFailed, DocumentRetitled, DocumentTagged, DocumentUntagged, DocumentAccessChanged,
        DocumentArchived {

    String documentId();

    String actor();

    Instant occurredAt();
}
