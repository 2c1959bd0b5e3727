package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;

import java.time.Instant;

/**
 * New content of a document. {@code idempotencyKey} is the key the actor sent with the request, or
 * null; revision 1 had none ({@code DocumentVersionAddedUpcaster} reads it as null).
 */
@Revision("2")
public record DocumentVersionAdded(
        @DataSubject String documentId,
        DocumentContent content,
        String actor,
        String idempotencyKey,
        Instant occurredAt)
        implements DocumentEvent {
}
