package org.praxis.tools.bench;

import org.praxis.platform.processing.Processors;
import org.springframework.stereotype.Component;

/**
 * Waits until every running event processor has read the whole event store, so that a baseline gets the machine to
 * itself rather than sharing it with the pipeline's work still under way (sentence vectors of searchable documents,
 * projections of drafted practices). Before 2026-12-02 the baselines ran beside that work (ADR 19).
 */
@Component
class QuietProcessors {

    private static final long POLL_MILLIS = 100;
    /** How long the processors may take to catch up (the vectors of 100,000 documents). */
    private static final long PATIENCE_SECONDS = 3 * 60 * 60;

    private final Processors processors;

    QuietProcessors(Processors processors) {
        this.processors = processors;
    }

    /**
     * Returns {@link System#nanoTime()} once no running processor without an error is behind the head of the store.
     *
     * @throws IllegalStateException when they have not caught up within three hours
     */
    long await() throws InterruptedException {
        Timings.awaitUntil(System.nanoTime(), PATIENCE_SECONDS, POLL_MILLIS, "the event processors catching up",
                () -> processors.all().stream().allMatch(status -> !status.running() || status.error()
                        || status.behind() == 0));
        return System.nanoTime();
    }
}
