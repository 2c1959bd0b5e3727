package org.praxis.events.document;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record DocumentAccessChanged(String documentId, Visibility visibility, String actor, Instant occurredAt) implements DocumentEvent {
}
