package org.praxis.events.document;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record DocumentRetitled(String documentId, String title, String actor, Instant occurredAt) implements DocumentEvent {
}
