package org.praxis.query.practice;

import org.praxis.events.practice.Reference;

import java.time.Instant;
import java.util.List;

/**
 * A revision proposed for a published practice ({@code PracticeRevisionProposed}) and what became of it: number
 * {@code number} of the practice, written against {@code baseRevision}; when approved, {@code revision} is the
 * revision it became; when rejected, {@code reason} says why; {@code decidedBy} and {@code decidedAt} name the
 * curator and the moment. {@code diff} compares it with its base revision (null in lists).
 */
public record PracticeProposal(String practiceId, int number, int baseRevision, String title, String body,
                               String rationale, List<Reference> motivatedBy, String author, Instant proposedAt,
                               Status status, String decidedBy, Instant decidedAt, String reason, Integer revision,
                               PracticeDiff diff) {

    public enum Status { PENDING, APPROVED, REJECTED }

    public PracticeProposal {
        motivatedBy = motivatedBy == null ? List.of() : List.copyOf(motivatedBy);
    }

    PracticeProposal decided(Status decision, String curator, Instant at, String why, Integer becameRevision) {
        return new PracticeProposal(practiceId, number, baseRevision, title, body, rationale, motivatedBy, author,
                proposedAt, decision, curator, at, why, becameRevision, diff);
    }

    /** The same proposal naming only {@code references} as its motivation (those a reader may see). */
    public PracticeProposal motivatedBy(List<Reference> references) {
        return new PracticeProposal(practiceId, number, baseRevision, title, body, rationale, references, author,
                proposedAt, status, decidedBy, decidedAt, reason, revision, diff);
    }

    PracticeProposal withDiff(PracticeDiff changes) {
        return new PracticeProposal(practiceId, number, baseRevision, title, body, rationale, motivatedBy, author,
                proposedAt, status, decidedBy, decidedAt, reason, revision, changes);
    }
}
