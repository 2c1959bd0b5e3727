package org.praxis.query.practice;

import org.praxis.events.practice.PracticeDeprecated;
import org.praxis.events.practice.PracticeDrafted;
import org.praxis.events.practice.PracticeEndorsed;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.events.practice.PracticeProposalApproved;
import org.praxis.events.practice.PracticeProposalRejected;
import org.praxis.events.practice.PracticePublished;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.PracticeRevisionProposed;
import org.praxis.events.practice.PracticeVerified;
import org.praxis.events.practice.Reference;
import org.praxis.query.Viewer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How each practice event changes a {@link PracticeEntry}: applied by the projection to the index,
 * and folded from the event store for the "as of" and diff views.
 */
final class PracticeChanges {

    private PracticeChanges() {
    }

    static PracticeEntry apply(PracticeEntry entry, PracticeEvent event) {
        if (event instanceof PracticeDrafted e) {
            return new PracticeEntry(e.practiceId(), e.title(), e.body(), PracticeStatus.DRAFT, 1, e.tags(),
                    e.industry(), e.actor(), Set.of(), Set.of(), 0, null, null, null, null, e.motivatedBy(), Set.of(),
                    Set.of(Viewer.ORGANIZATION), e.occurredAt(), e.occurredAt());
        }
        if (entry == null) {
            throw new IllegalStateException("practice " + event.practiceId() + " changed before it was drafted");
        }
        Change change = new Change(entry, event.occurredAt());
        if (event instanceof PracticeRevised e) {
            change.title = e.title();
            change.body = e.body();
            change.revision = e.revision();
            change.revisers.add(e.actor());
            for (Reference reference : e.motivatedBy()) {
                if (!change.motivatedBy.contains(reference)) {
                    change.motivatedBy.add(reference);
                }
            }
        } else if (event instanceof PracticeRevisionProposed e) {
            change.pendingProposals.add(e.proposal());
        } else if (event instanceof PracticeProposalApproved e) {
            change.pendingProposals.remove(e.proposal());
        } else if (event instanceof PracticeProposalRejected e) {
            change.pendingProposals.remove(e.proposal());
        } else if (event instanceof PracticePublished) {
            change.status = PracticeStatus.PUBLISHED;
        } else if (event instanceof PracticeEndorsed e) {
            change.endorsers.add(e.actor());
        } else if (event instanceof PracticeVerified e) {
            change.verifiedUntil = e.validUntil();
            change.verifiedBy = e.actor();
        } else if (event instanceof PracticeDeprecated e) {
            change.status = PracticeStatus.DEPRECATED;
            change.deprecationReason = e.reason();
            change.supersededBy = e.supersededBy();
        }
        return change.result();
    }

    /** The fields an event may change, copied from the entry before it. */
    private static final class Change {

        private final PracticeEntry before;
        private final Instant at;
        private String title;
        private String body;
        private int revision;
        private PracticeStatus status;
        private final Set<String> revisers;
        private final Set<String> endorsers;
        private final List<Reference> motivatedBy;
        private final Set<Integer> pendingProposals;
        private Instant verifiedUntil;
        private String verifiedBy;
        private String supersededBy;
        private String deprecationReason;

        Change(PracticeEntry before, Instant at) {
            this.before = before;
            this.at = at;
            this.title = before.title();
            this.body = before.body();
            this.revision = before.revision();
            this.status = before.status();
            this.revisers = new LinkedHashSet<>(before.revisers());
            this.endorsers = new LinkedHashSet<>(before.endorsers());
            this.motivatedBy = new ArrayList<>(before.motivatedBy());
            this.pendingProposals = new TreeSet<>(before.pendingProposals());
            this.verifiedUntil = before.verifiedUntil();
            this.verifiedBy = before.verifiedBy();
            this.supersededBy = before.supersededBy();
            this.deprecationReason = before.deprecationReason();
        }

        PracticeEntry result() {
            return new PracticeEntry(before.id(), title, body, status, revision, before.tags(), before.industry(),
                    before.author(), revisers, endorsers, endorsers.size(), verifiedUntil, verifiedBy, supersededBy,
                    deprecationReason, motivatedBy, pendingProposals, before.readers(), before.createdAt(), at);
        }
    }
}
