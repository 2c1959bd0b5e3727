package org.praxis.query.practice;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.praxis.query.ProjectionIndex;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The proposed revisions awaiting a curator, oldest first: the practices index names the practices with pending
 * proposals ({@code pendingProposals}), and each practice's events say what they propose. Practices are visible to
 * the whole organisation, so the queue is too. The index follows the events within about a second.
 */
public class ReviewQueue {

    /** More practices than this with open proposals would be a backlog no page could show. */
    static final int MAX_PRACTICES = 500;

    private final ProjectionIndex<PracticeEntry> index;
    private final PracticeQueries practices;

    public ReviewQueue(ProjectionIndex<PracticeEntry> index, PracticeQueries practices) {
        this.index = index;
        this.practices = practices;
    }

    /** One proposal awaiting review, with the title of the practice as the index holds it. */
    public record Pending(String practiceId, String practiceTitle, int proposal, int baseRevision, String author,
                         String rationale, Instant proposedAt) {
    }

    public List<Pending> pending() {
        Query awaiting = Query.of(q -> q.exists(e -> e.field("pendingProposals")));
        return index.where(awaiting, MAX_PRACTICES).stream()
                .flatMap(practice -> practices.proposals(practice.id()).stream()
                        .filter(proposal -> proposal.status() == PracticeProposal.Status.PENDING)
                        .map(proposal -> new Pending(practice.id(), practice.title(), proposal.number(),
                                proposal.baseRevision(), proposal.author(), proposal.rationale(),
                                proposal.proposedAt())))
                .sorted(Comparator.comparing(Pending::proposedAt))
                .toList();
    }
}
