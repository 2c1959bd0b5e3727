package org.praxis.platform.abuse;

import org.praxis.command.extraction.TextExtractionPolicy;
import org.praxis.platform.config.PraxisProperties;
import org.praxis.platform.processing.Processors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What holds an import back: not a count per minute but what the pipeline absorbs. While text extraction is more
 * than {@code praxis.rate-limit.import-backlog} events behind the event store, an importer's next upload waits;
 * the wait asked for grows with the backlog (one second per {@value #EVENTS_PER_SECOND_OF_WAIT} events beyond the
 * limit, at least 1 s, at most {@value #MAX_WAIT_SECONDS} s). The backlog is read at most once per
 * {@value #FRESH_FOR_MILLIS} ms, so that a fast import costs no query per file.
 */
@Component
public class IngestBackPressure {

    static final long EVENTS_PER_SECOND_OF_WAIT = 50;
    static final long MAX_WAIT_SECONDS = 30;
    static final long FRESH_FOR_MILLIS = 500;

    private final LongSupplier backlog;
    private final long limit;
    private final LongSupplier clock;
    private long readAt = Long.MIN_VALUE;
    private long lastBacklog;

    @Autowired
    IngestBackPressure(Processors processors, PraxisProperties properties) {
        this(() -> processors.status(TextExtractionPolicy.PROCESSING_GROUP).behind(),
                properties.rateLimit().importBacklog(), System::nanoTime);
    }

    /**
     * @param backlog how many events text extraction has still to read
     * @param limit   the backlog an import may leave before it waits
     * @param clock   nanoseconds, for how fresh the last reading is
     */
    IngestBackPressure(LongSupplier backlog, long limit, LongSupplier clock) {
        this.backlog = backlog;
        this.limit = limit;
        this.clock = clock;
    }

    /** Empty if an importer's upload may go ahead now, else how long to wait before trying again. */
    synchronized Optional<Duration> waitBeforeUpload() {
        long now = clock.getAsLong();
        if (readAt == Long.MIN_VALUE || now - readAt > Duration.ofMillis(FRESH_FOR_MILLIS).toNanos()) {
            lastBacklog = backlog.getAsLong();
            readAt = now;
        }
        long excess = lastBacklog - limit;
        if (excess <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.min(MAX_WAIT_SECONDS, Math.max(1, excess / EVENTS_PER_SECOND_OF_WAIT))));
    }
}
