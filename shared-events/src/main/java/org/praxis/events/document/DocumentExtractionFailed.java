package org.praxis.events.document;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record DocumentExtractionFailed(
        String documentId, int version, ExtractionFailure failure, String actor, Instant occurredAt) implements DocumentEvent {
}
