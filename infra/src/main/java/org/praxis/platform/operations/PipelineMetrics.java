package org.praxis.platform.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.praxis.events.document.DocumentExtractionFailed;
import org.praxis.events.document.DocumentTextExtracted;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.DocumentVersionAdded;
import org.springframework.stereotype.Component;

/**
 * Counts what flows through the ingestion pipeline as it happens: files accepted, texts extracted,
 * extractions failed by reason. Runs in a subscribing processor ({@code metrics}), so replays never
 * count twice; the counters start at zero with each start of the application.
 */
@Component
@ProcessingGroup("metrics")
class PipelineMetrics {

    private final MeterRegistry registry;

    PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(DocumentUploaded event) {
        registry.counter("praxis.ingestion.files", "kind", "upload").increment();
    }

    @EventHandler
    void on(DocumentVersionAdded event) {
        registry.counter("praxis.ingestion.files", "kind", "version").increment();
    }

    @EventHandler
    void on(DocumentTextExtracted event) {
        registry.counter("praxis.extraction.outcomes", "outcome", "extracted", "reason", "none").increment();
    }

    @EventHandler
    void on(DocumentExtractionFailed event) {
        registry.counter("praxis.extraction.outcomes", "outcome", "failed",
                "reason", event.failure().reason().name()).increment();
    }
}
