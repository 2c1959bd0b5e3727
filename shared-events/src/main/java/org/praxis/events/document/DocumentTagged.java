package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;
import org.praxis.events.PersonalData;

import java.time.Instant;

@Revision("1")
public record DocumentTagged(
        @DataSubject String documentId,
        @PersonalData String tag,
        String actor,
        Instant occurredAt)
        implements DocumentEvent {
}
