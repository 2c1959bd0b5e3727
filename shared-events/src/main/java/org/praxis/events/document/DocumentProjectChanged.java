package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;
import org.praxis.events.PersonalData;

import java.time.Instant;

/** The document now belongs to {@code project} (null: to none). Sealed with the document's key, like its title. */
@Revision("1")
public record DocumentProjectChanged(
        @DataSubject String documentId,
        @PersonalData String project,
        String actor,
        Instant occurredAt)
        implements DocumentEvent {
}
