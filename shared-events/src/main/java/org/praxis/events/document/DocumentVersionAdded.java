package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;

import java.time.Instant;

@Revision("1")
public record DocumentVersionAdded(
        @DataSubject String documentId,
        DocumentContent content,
        String actor,
        Instant occurredAt)
        implements DocumentEvent {
}
