package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Someone who is not a curator proposed a new revision of a published practice: proposal number {@code proposal}
 * (1, 2, … per practice), written against revision {@code baseRevision}, with the text it would make current, why,
 * and what motivated it. It changes nothing until a curator other than its author approves it
 * ({@link PracticeProposalApproved}) or rejects it ({@link PracticeProposalRejected}).
 */
@Revision("1")
public record PracticeRevisionProposed(String practiceId, int proposal, int baseRevision, String title, String body,
                                       String rationale, List<Reference> motivatedBy, String actor,
                                       Instant occurredAt) implements PracticeEvent {

    public PracticeRevisionProposed {
        motivatedBy = motivatedBy == null ? List.of() : List.copyOf(motivatedBy);
    }
}
