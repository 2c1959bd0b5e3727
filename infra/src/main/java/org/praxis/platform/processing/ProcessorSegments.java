package org.praxis.platform.processing;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.springboot.EventProcessorProperties;
import org.praxis.platform.config.PraxisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Brings every running pooled processor's stored segments to the count it is set up with (its
 * {@code axon.eventhandling.processors.<name>.initial-segment-count}: {@code praxis.processing.segments}, or 1 for
 * the processors that keep the stream's order) once Praxis is ready, with Axon's own operations on a running
 * processor, while processing goes on:
 * <ul>
 *   <li>more than that (an event store made by Praxis before ADR 19's addendum, which made 16): the highest segment
 *   is merged with the one it was split from ({@code mergeSegment}, which claims both and keeps the earlier position
 *   of the two, so nothing is skipped), until there are no more than the setting;</li>
 *   <li>fewer (the setting raised to share the work with more instances): the widest segment is split
 *   ({@code splitSegment}, both halves at its position), until there are as many as the setting.</li>
 * </ul>
 * A change this instance cannot make (another instance holds a segment it needs) is logged, the processor keeps its
 * segments, and the next start tries again.
 */
@Component
class ProcessorSegments {

    private static final Logger log = LoggerFactory.getLogger(ProcessorSegments.class);
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(1);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final EventProcessorProperties settings;
    private final int segments;

    ProcessorSegments(EventProcessingConfiguration processing, TokenStore tokens, TransactionManager transactions,
                      EventProcessorProperties settings, PraxisProperties properties) {
        this.processing = processing;
        this.tokens = tokens;
        this.transactions = transactions;
        this.settings = settings;
        this.segments = properties.processing().segments();
    }

    @EventListener(ApplicationReadyEvent.class)
    void adjustInTheBackground() {
        Thread adjusting = new Thread(this::adjustAll, "processor-segments");
        adjusting.setDaemon(true);
        adjusting.start();
    }

    private void adjustAll() {
        processing.eventProcessors().values().stream()
                .filter(PooledStreamingEventProcessor.class::isInstance)
                .map(PooledStreamingEventProcessor.class::cast)
                .filter(PooledStreamingEventProcessor::isRunning)
                .forEach(this::adjust);
    }

    /**
     * Merges or splits the processor's segments until it has as many as it is set up with.
     *
     * @return whether it has that many now
     */
    boolean adjust(PooledStreamingEventProcessor processor) {
        int target = target(processor.getName());
        int[] stored = stored(processor);
        int before = stored.length;
        try {
            while (stored.length != target) {
                boolean merge = stored.length > target;
                int segment = merge ? Arrays.stream(stored).max().orElseThrow() : widest(stored);
                CompletableFuture<Boolean> step = merge ? processor.mergeSegment(segment)
                        : processor.splitSegment(segment);
                if (!step.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    log.warn("Processor {} keeps {} segments: segment {} could not be {} (another instance may hold"
                            + " a segment it needs); the next start tries again", processor.getName(), stored.length,
                            segment, merge ? "merged" : "split");
                    return false;
                }
                stored = stored(processor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Processor {} keeps {} segments: {}", processor.getName(), stored.length, e.toString());
            return false;
        }
        if (before != stored.length) {
            log.info("Processor {} went from {} to {} segments (its initial-segment-count)", processor.getName(),
                    before, stored.length);
        }
        return true;
    }

    /** The processor's {@code initial-segment-count}, or {@code praxis.processing.segments} where none is set. */
    private int target(String processor) {
        EventProcessorProperties.ProcessorSettings set = settings.getProcessors().get(processor);
        return set == null || set.getInitialSegmentCount() == null ? segments : set.getInitialSegmentCount();
    }

    /** The segment covering the largest share of the stream (the smallest mask). */
    private static int widest(int[] stored) {
        return Arrays.stream(Segment.computeSegments(stored)).min(Comparator.comparingInt(Segment::getMask))
                .orElseThrow().getSegmentId();
    }

    private int[] stored(PooledStreamingEventProcessor processor) {
        return transactions.fetchInTransaction(() -> tokens.fetchSegments(processor.getName()));
    }
}
