package org.praxis.query.practice;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.praxis.query.ProjectionIndex;

import java.time.Instant;
import java.util.List;

/**
 * Published practices whose verification ends (or ended) within a window of time, read from the practices index:
 * what the verification reminders are about.
 */
public class VerificationsDue {

    /** More practices than this ending in one window would be a review backlog no reminder round could carry. */
    static final int MAX_PRACTICES = 1_000;

    private final ProjectionIndex<PracticeEntry> index;

    public VerificationsDue(ProjectionIndex<PracticeEntry> index) {
        this.index = index;
    }

    /** Published practices whose {@code verifiedUntil} lies in [{@code from}, {@code to}]. */
    public List<PracticeEntry> endingBetween(Instant from, Instant to) {
        Query published = Query.of(q -> q.term(t -> t.field("status").value(PracticeStatus.PUBLISHED.name())));
        Query ending = Query.of(q -> q.range(r -> r.date(d -> d.field("verifiedUntil").gte(from.toString())
                .lte(to.toString()))));
        return index.where(Query.of(q -> q.bool(b -> b.filter(published, ending))), MAX_PRACTICES);
    }
}
