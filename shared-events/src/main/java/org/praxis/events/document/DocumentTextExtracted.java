package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;

import java.time.Instant;

@Revision("1")
public record DocumentTextExtracted(
        @DataSubject String documentId,
        int version,
        ExtractedText text,
        String actor,
        Instant occurredAt)
        implements DocumentEvent {
}
