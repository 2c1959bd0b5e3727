package org.praxis.platform.processing;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.praxis.platform.config.PraxisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Brings an event store made with more segments than {@code praxis.processing.segments} (Praxis before ADR 19's
 * addendum made 16 for every processor) down to that many, once Praxis is ready: each running pooled processor
 * merges its highest segment with the one it was split from (Axon's {@code mergeSegment}, which claims both and
 * keeps the earlier position of the two, so nothing is skipped) until it has no more than the setting. Processing
 * goes on meanwhile. A merge this instance cannot make (another instance holds the other segment) is logged and
 * the processor keeps its segments; the next start tries again.
 */
@Component
class SegmentMerges {

    private static final Logger log = LoggerFactory.getLogger(SegmentMerges.class);
    private static final Duration MERGE_TIMEOUT = Duration.ofMinutes(1);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final int segments;

    SegmentMerges(EventProcessingConfiguration processing, TokenStore tokens, TransactionManager transactions,
                  PraxisProperties properties) {
        this.processing = processing;
        this.tokens = tokens;
        this.transactions = transactions;
        this.segments = properties.processing().segments();
    }

    @EventListener(ApplicationReadyEvent.class)
    void mergeInTheBackground() {
        Thread merging = new Thread(this::mergeAll, "segment-merges");
        merging.setDaemon(true);
        merging.start();
    }

    private void mergeAll() {
        processing.eventProcessors().values().stream()
                .filter(PooledStreamingEventProcessor.class::isInstance)
                .map(PooledStreamingEventProcessor.class::cast)
                .filter(PooledStreamingEventProcessor::isRunning)
                .forEach(this::mergeDown);
    }

    /**
     * Merges the processor's segments until it has at most {@code praxis.processing.segments}.
     *
     * @return whether it has no more than that now
     */
    boolean mergeDown(PooledStreamingEventProcessor processor) {
        int[] stored = stored(processor);
        int before = stored.length;
        try {
            while (stored.length > segments) {
                int highest = Arrays.stream(stored).max().orElseThrow();
                if (!processor.mergeSegment(highest).get(MERGE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    log.warn("Processor {} keeps {} segments: segment {} could not be merged (another instance may"
                            + " hold its other half); the next start tries again", processor.getName(),
                            stored.length, highest);
                    return false;
                }
                stored = stored(processor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Processor {} keeps {} segments: merging failed ({})", processor.getName(), stored.length,
                    e.toString());
            return false;
        }
        if (before > stored.length) {
            log.info("Processor {} merged from {} to {} segments (praxis.processing.segments)", processor.getName(),
                    before, stored.length);
        }
        return true;
    }

    private int[] stored(PooledStreamingEventProcessor processor) {
        return transactions.fetchInTransaction(() -> tokens.fetchSegments(processor.getName()));
    }
}
