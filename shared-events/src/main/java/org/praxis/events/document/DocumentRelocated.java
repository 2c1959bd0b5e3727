package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;
import org.praxis.events.PersonalData;

import java.time.Instant;

/** The document's source file now lives at another path of the imported folder (a move, not a new file). */
@Revision("1")
public record DocumentRelocated(
        @DataSubject String documentId,
        @PersonalData String path,
        String actor,
        Instant occurredAt)
        implements DocumentEvent {
}
