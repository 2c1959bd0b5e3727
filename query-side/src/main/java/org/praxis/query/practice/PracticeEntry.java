package org.praxis.query.practice;

import org.praxis.events.practice.Reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.praxis.query.SameContent;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A best practice as the {@code practices} index holds it, and as it is shown: its current (or, folded
 * from the event store, its past) text and standing. {@code motivatedBy} collects the lessons and
 * documents named by all its revisions; {@code pendingProposals} numbers the proposed revisions awaiting a curator.
 */
public record PracticeEntry(
        String id,
        String title,
        String body,
        PracticeStatus status,
        int revision,
        Set<String> tags,
        String industry,
        String author,
        Set<String> revisers,
        Set<String> endorsers,
        int endorsements,
        Instant verifiedUntil,
        String verifiedBy,
        String supersededBy,
        String deprecationReason,
        List<Reference> motivatedBy,
        Set<Integer> pendingProposals,
        Set<String> readers,
        Instant createdAt,
        Instant updatedAt) {

    public PracticeEntry {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        revisers = revisers == null ? Set.of() : Set.copyOf(revisers);
        endorsers = endorsers == null ? Set.of() : Set.copyOf(endorsers);
        motivatedBy = motivatedBy == null ? List.of() : List.copyOf(motivatedBy);
        pendingProposals = pendingProposals == null ? Set.of() : Set.copyOf(pendingProposals);
        readers = readers == null ? Set.of() : Set.copyOf(readers);
    }

    /** Verified once, but the verification has run out: the practice ranks lower and is flagged. */
    public boolean verificationExpired(Instant now) {
        return verifiedUntil != null && verifiedUntil.isBefore(now);
    }

    /** Each practice is its own content ({@link SameContent}): search never folds it into another item. */
    @JsonProperty(SameContent.FIELD)
    public String contentKey() {
        return id;
    }
}
