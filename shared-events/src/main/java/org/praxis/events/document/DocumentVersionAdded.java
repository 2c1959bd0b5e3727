package org.praxis.events.document;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record DocumentVersionAdded(String documentId, DocumentContent content, String actor, Instant occurredAt) implements DocumentEvent {
}
