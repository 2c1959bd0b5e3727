package org.praxis.events.document;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An admin erased the document: its bytes, text and index entries are destroyed, and the personal
 * data in its earlier events can no longer be read (their key is gone). Only this fact remains.
 */
@Revision("1")
public record DocumentErased(String documentId, String actor, Instant occurredAt) implements DocumentEvent {
}
