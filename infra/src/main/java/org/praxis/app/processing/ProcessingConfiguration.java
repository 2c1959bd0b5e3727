package org.praxis.app.processing;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How several instances share the event processing: each pooled processor has 16 segments and an
 * instance claims at most {@code praxis.processing.max-claimed-segments} of them (all by default), so
 * with n instances set it to 16 / n and each processes its share, taking over a stopped one's.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    @Bean
    ConfigurerModule claimedSegmentsPerInstance(
            @Value("${praxis.processing.max-claimed-segments:16}") int maxClaimedSegments) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.maxClaimedSegments(maxClaimedSegments));
    }
}
