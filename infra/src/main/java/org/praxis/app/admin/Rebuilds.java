package org.praxis.app.admin;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.platform.processing.Processors;
import org.praxis.platform.processing.StoredTokens;
import org.praxis.query.ProjectionIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finishes index rebuilds (checked every 5 s, two alias lookups per index, and while a rebuild runs one read of
 * the processor's tokens): once every segment of a projection's processor has replayed every event that existed
 * when the rebuild was noticed, queries are switched to the new generation (see {@code IndexGenerations}).
 * Until then searches answer from the previous, complete generation.
 */
@Component
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final List<ProjectionIndex<?>> indexes;
    private final StoredTokens tokens;
    private final EventStore events;
    private final Map<String, Long> headWhenNoticed = new ConcurrentHashMap<>();

    Rebuilds(List<ProjectionIndex<?>> indexes, StoredTokens tokens, EventStore events) {
        this.indexes = indexes;
        this.tokens = tokens;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "PT5S")
    void completeCaughtUpRebuilds() {
        for (ProjectionIndex<?> index : indexes) {
            try {
                completeIfCaughtUp(index);
            } catch (RuntimeException unavailable) {
                log.debug("Cannot check the {} index now: {}", index.kind(), unavailable.getMessage());
            }
        }
    }

    private void completeIfCaughtUp(ProjectionIndex<?> index) {
        if (!index.generations().rebuilding()) {
            headWhenNoticed.remove(index.kind());
            return;
        }
        long head = headWhenNoticed.computeIfAbsent(index.kind(), kind -> Processors.head(events));
        if (caughtUp(tokens.positions(index.kind()), head)) {
            index.generations().completeRebuild();
            headWhenNoticed.remove(index.kind());
            log.info("Rebuilt the {} index from the event store; queries now read the new generation", index.kind());
        }
    }

    /**
     * Every segment has read past the head noticed: {@code positions} holds one position per segment of the
     * processor, all of them, not only those one instance holds (a segment that backs off after a failed batch
     * is held by nobody, and completing without it would lose its documents). Axon's own replay flag can stay
     * set until the next new event when the store has gaps in its sequence, so positions decide.
     */
    public static boolean caughtUp(Collection<Long> positions, long head) {
        return !positions.isEmpty() && positions.stream().allMatch(position -> position >= head);
    }
}
