package org.praxis.platform.processing;

import org.axonframework.config.ConfigurerModule;
import org.praxis.platform.config.PraxisProperties;
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
    ConfigurerModule claimedSegmentsPerInstance(PraxisProperties properties) {
        int maxClaimedSegments = properties.processing().maxClaimedSegments();
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.maxClaimedSegments(maxClaimedSegments));
    }
}
