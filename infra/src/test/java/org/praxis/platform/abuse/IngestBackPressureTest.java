package org.praxis.platform.abuse;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class IngestBackPressureTest {

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger readings = new AtomicInteger();
    private final IngestBackPressure pressure = new IngestBackPressure(() -> {
        readings.incrementAndGet();
        return backlog.get();
    }, 500, now::get);

    @Test
    void anImportGoesAheadWhileExtractionKeepsUp() {
        backlog.set(500);
        assertThat(pressure.waitBeforeUpload()).isEmpty();
    }

    @Test
    void aBacklogBeyondTheLimitAsksForAWaitThatGrowsWithItWithinBounds() {
        backlog.set(501);
        assertThat(pressure.waitBeforeUpload()).contains(Duration.ofSeconds(1));
        later();
        backlog.set(500 + 10 * IngestBackPressure.EVENTS_PER_SECOND_OF_WAIT);
        assertThat(pressure.waitBeforeUpload()).contains(Duration.ofSeconds(10));
        later();
        backlog.set(1_000_000);
        assertThat(pressure.waitBeforeUpload()).contains(Duration.ofSeconds(IngestBackPressure.MAX_WAIT_SECONDS));
        later();
        backlog.set(0);
        assertThat(pressure.waitBeforeUpload()).as("caught up: go on").isEmpty();
    }

    @Test
    void theBacklogIsReadAtMostOncePerFreshnessWindow() {
        for (int i = 0; i < 100; i++) {
            pressure.waitBeforeUpload();
        }
        assertThat(readings).hasValue(1);
        later();
        pressure.waitBeforeUpload();
        assertThat(readings).hasValue(2);
    }

    private void later() {
        now.addAndGet(Duration.ofMillis(IngestBackPressure.FRESH_FOR_MILLIS + 1).toNanos());
    }
}
