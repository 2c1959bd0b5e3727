package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A new revision of a practice: its new text, why it changed, and the lessons and documents that
 * motivated the change. Revision 2 of this event replaced revision 1's list of lesson ids
 * ({@code lessonIds}) by references to lessons or documents ({@code motivatedBy}); see
 * {@code PracticeRevisedUpcaster}.
 */
@Revision("2")
public record PracticeRevised(String practiceId, int revision, String title, String body, String rationale,
                              List<Reference> motivatedBy, String actor, Instant occurredAt) implements PracticeEvent {

    public PracticeRevised {
        motivatedBy = motivatedBy == null ? List.of() : List.copyOf(motivatedBy);
    }
}
