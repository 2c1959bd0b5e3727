package org.praxis.platform.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

import java.util.List;

/**
 * Axon's JPA event storage engine, reading a tracking token's next events as one range of the global index.
 * <p>
 * When a token has gaps (global indexes taken by transactions that had not committed when later events were read,
 * ADR 2), Axon asks for {@code globalIndex > :token OR globalIndex IN :gaps}. H2, the embedded default's store,
 * plans that disjunction as a scan of the whole primary key from the first event ({@code EXPLAIN ANALYZE}: 199,998
 * rows read for 100 returned from a table of 200,000), so every read by a tracking processor cost time in
 * proportion to the store's size; at 187,903 events (93,800 documents) the scans held H2's page cache lock long
 * enough to stall the writers (ADR 19, 2026-12-02). The same condition bounded below by the token's first gap
 * ({@code globalIndex >= :firstGap AND (...)}) returns the same rows and reads only the range from the first gap
 * on (149 rows in the same experiment). Axon keeps gaps within {@code maxGapOffset} (10,000) of the token, so the
 * range stays small whatever the size of the store.
 */
class GapRangeJpaEventStorageEngine extends JpaEventStorageEngine {

    GapRangeJpaEventStorageEngine(Builder builder) {
        super(builder);
    }

    /**
     * The next batch of event rows after {@code token}: those in its gaps and those after its index, in global
     * order, as Axon's own query returns them (the columns {@link JpaEventStorageEngine} reads). Runs in the caller's
     * transaction.
     */
    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        return entityManager().createQuery("SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, "
                        + "e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData "
                        + "FROM " + domainEventEntryEntityName() + " e WHERE e.globalIndex >= :firstGap "
                        + "AND (e.globalIndex > :token OR e.globalIndex IN :gaps) ORDER BY e.globalIndex ASC",
                        Object[].class)
                .setParameter("firstGap", token.getGaps().first())
                .setParameter("token", token.getIndex())
                .setParameter("gaps", token.getGaps())
                .setMaxResults(batchSize())
                .getResultList();
    }
}
