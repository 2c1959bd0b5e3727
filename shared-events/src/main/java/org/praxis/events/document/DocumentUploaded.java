package org.praxis.events.document;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;
import org.praxis.events.PersonalData;

import java.time.Instant;
import java.util.Set;

@Revision("1")
public record DocumentUploaded(
        @DataSubject String documentId,
        @PersonalData String title,
        DocumentContent content,
        @PersonalData Set<String> tags,
        @PersonalData String project,
        Visibility visibility,
        String actor,
        Instant occurredAt) implements DocumentEvent {
}
