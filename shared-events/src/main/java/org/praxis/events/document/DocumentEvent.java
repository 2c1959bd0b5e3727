package org.praxis.events.document;

import org.praxis.events.AuditedEvent;

/** Something that happened to a document: who did it, when, to which document. */
public sealed interface DocumentEvent extends AuditedEvent
        permits DocumentUploaded, DocumentVersionAdded, DocumentTextExtracted, DocumentExtractionFailed,
        DocumentRetitled, DocumentTagged, DocumentUntagged, DocumentAccessChanged, DocumentArchived, DocumentErased,
        DocumentRelocated, DocumentReadAgainRequested, DocumentProjectChanged {

    String documentId();
}
