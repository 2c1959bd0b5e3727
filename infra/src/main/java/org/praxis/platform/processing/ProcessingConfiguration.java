package org.praxis.platform.processing;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.praxis.platform.config.PraxisProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the event processing is divided and shared: each pooled processor's stream is divided into
 * {@code praxis.processing.segments} segments (one per core by default, {@link ProcessingDefaults}; set per
 * processor as {@code axon.eventhandling.processors.<name>.initial-segment-count} in {@code application.properties};
 * an existing store is brought to it by {@link ProcessorSegments}), and an instance claims at most
 * {@code praxis.processing.max-claimed-segments} of them (all by default), so with n instances each processes its
 * share, taking over a stopped one's.
 * <p>
 * The dead-letter queues (of the processors with {@code axon.eventhandling.processors.<name>.dlq.enabled}) are
 * Axon's JPA queues, built as Axon's auto-configuration builds them, each asked once per batch whether it holds
 * letters at all ({@link BatchCheckedDeadLetterQueue}).
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    @Bean
    ConfigurerModule claimedSegmentsPerInstance(PraxisProperties properties) {
        int maxClaimedSegments = properties.processing().maxClaimedSegments();
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.maxClaimedSegments(maxClaimedSegments));
    }

    @Bean
    DeadLetterQueueProviderConfigurerModule batchCheckedDeadLetterQueues(
            EventProcessorProperties processors, EntityManagerProvider entityManagerProvider,
            TransactionManager transactionManager, Serializer genericSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(processors, group -> configuration ->
                new BatchCheckedDeadLetterQueue(group, JpaSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .entityManagerProvider(entityManagerProvider)
                        .transactionManager(transactionManager)
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .build()));
    }
}
