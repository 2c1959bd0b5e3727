package org.praxis.app.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.platform.processing.Processors;
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
 * Finishes index rebuilds (checked every 5 s, two alias lookups per index): once a projection's processor has replayed every event that existed when
 * the rebuild was noticed, queries are switched to the new generation (see {@code IndexGenerations}).
 * Until then searches answer from the previous, complete generation.
 */
@Component
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final List<ProjectionIndex<?>> indexes;
    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final Map<String, Long> headWhenNoticed = new ConcurrentHashMap<>();

    Rebuilds(List<ProjectionIndex<?>> indexes, EventProcessingConfiguration processing, EventStore events) {
        this.indexes = indexes;
        this.processing = processing;
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
        processing.eventProcessor(index.kind(), StreamingEventProcessor.class)
                .filter(processor -> caughtUp(processor.processingStatus().values(), head))
                .ifPresent(processor -> {
                    index.generations().completeRebuild();
                    headWhenNoticed.remove(index.kind());
                    log.info("Rebuilt the {} index from the event store; queries now read the new generation",
                            index.kind());
                });
    }

    /**
     * Every segment has read past the head noticed. (Axon's own replay flag can stay set until the next
     * new event when the store has gaps in its sequence, so positions decide.)
     */
    public static boolean caughtUp(Collection<EventTrackerStatus> segments, long head) {
        return !segments.isEmpty()
                && segments.stream().allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
    }
}
