package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;

import java.time.Instant;

/** A version's text was read: what was found ({@link ExtractedText}); revision 2 added the file's authors. */
@Revision("2")
public record DocumentTextExtracted(
        @DataSubject String documentId,
        int version,
        ExtractedText text,
        String actor,
        Instant occurredAt)
        implements DocumentEvent {
}
