package org.praxis.app.admin;

import org.praxis.platform.processing.Processors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Gauges of every streaming processor: how many positions of the event store it still has to read
 * (its lag; for {@code text-extraction} that is the queue of files waiting to be read) and how many
 * event sequences wait in its dead-letter queue.
 */
@Component
class ProcessingMetrics implements MeterBinder {

    private final Processors processors;

    ProcessingMetrics(Processors processors) {
        this.processors = processors;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processors.all().forEach(status -> {
            String name = status.name();
            Gauge.builder("praxis.processor.lag", () -> processors.status(name).behind()).tag("processor", name)
                    .description("event store positions the processor has still to read").register(registry);
            Gauge.builder("praxis.processor.dead.letters", () -> processors.status(name).deadLetters())
                    .tag("processor", name).description("event sequences parked in the dead-letter queue")
                    .register(registry);
        });
    }
}
