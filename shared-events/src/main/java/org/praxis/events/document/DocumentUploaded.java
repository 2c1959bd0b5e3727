package org.praxis.events.document;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

@Revision("1")
public record DocumentUploaded(
        String documentId,
        String title,
        DocumentContent content,
        Set<String> tags,
        String project,
        Visibility visibility,
        String actor,
        Instant occurredAt) implements DocumentEvent {
}
