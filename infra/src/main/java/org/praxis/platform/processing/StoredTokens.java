package org.praxis.platform.processing;

import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * How far every segment of a processor has got, as its token store records it: one position per segment,
 * {@code -1} for a segment that has read nothing yet (a replay that has not started on it). Unlike
 * {@code StreamingEventProcessor.processingStatus()}, which only knows the segments this instance holds at
 * this moment, this covers all of them, including a segment no instance holds while it backs off after a
 * failed batch, and segments other instances hold. Reading does not claim anything; a position is stored in
 * the same transaction as the batch it ends, so the batch's writes are done when it shows.
 */
@Component
public class StoredTokens {

    private final EntityManager entityManager;
    private final Serializer serializer;

    StoredTokens(EntityManager entityManager, Serializer serializer) {
        this.entityManager = entityManager;
        this.serializer = serializer;
    }

    /** The stored position of each of the processor's segments (empty when it has never run). */
    public List<Long> positions(String processor) {
        return entityManager.createQuery("select t from TokenEntry t where t.processorName = :processor",
                        TokenEntry.class)
                .setParameter("processor", processor).getResultList().stream()
                .map(entry -> position(entry.getToken(serializer))).toList();
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
