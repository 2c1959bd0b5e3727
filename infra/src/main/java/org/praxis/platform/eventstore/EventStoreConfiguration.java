package org.praxis.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * How events are written to the event store: as JSON, with an ObjectMapper of their own, so that
 * changes to the web layer's JSON settings can never change what is stored; and how they are read back
 * by tracking processors ({@link GapRangeJpaEventStorageEngine}). Defining the storage engine turns Axon's JPA
 * event store auto-configuration off, so its entities are registered here.
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class EventStoreConfiguration {

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(eventObjectMapper()).build();
    }

    /** Events keep their personal data encrypted per data subject, so that it can be erased (ADR 8). */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(DataKeys keys) {
        return new SealingSerializer(serializer(), keys);
    }

    /**
     * The JPA storage engine as Axon's auto-configuration builds it (the same serializers, upcasters, snapshot filter
     * and exception resolver), reading tracked events as one range of the global index.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon,
                                          EntityManagerProvider entityManagers, TransactionManager transactions) {
        return new GapRangeJpaEventStorageEngine(GapRangeJpaEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions));
    }

    @Bean
    DataKeys dataKeys(JdbcTemplate jdbc, Clock clock) {
        return new DataKeys(jdbc, clock);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return serializer();
    }

    private static ObjectMapper eventObjectMapper() {
        return new ObjectMapper()
                // snapshots store aggregates, which keep their state in private fields
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
