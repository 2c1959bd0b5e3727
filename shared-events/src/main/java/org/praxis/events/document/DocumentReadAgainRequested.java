package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;

import java.time.Instant;

/**
 * The text of a document's current version is to be read again, from the same bytes ({@code content}), because
 * reading can now do more than when it was read: {@code reason} says what, such as "OCR is now available" for a
 * scan read without OCR. A new {@link DocumentTextExtracted} or {@link DocumentExtractionFailed} for
 * {@code content}'s version follows.
 */
@Revision("1")
public record DocumentReadAgainRequested(
        @DataSubject String documentId,
        DocumentContent content,
        String reason,
        String actor,
        Instant occurredAt)
        implements DocumentEvent {
}
