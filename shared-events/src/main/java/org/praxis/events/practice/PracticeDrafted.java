package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A practice was written down: its first revision, in Markdown, and what motivated it (a lesson, a document). */
@Revision("1")
public record PracticeDrafted(String practiceId, String title, String body, Set<String> tags, String industry,
                              List<Reference> motivatedBy, String actor, Instant occurredAt) implements PracticeEvent {

    public PracticeDrafted {
        motivatedBy = motivatedBy == null ? List.of() : List.copyOf(motivatedBy);
    }
}
