package org.praxis.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * How events are written to the event store: as JSON, with an ObjectMapper of their own, so that
 * changes to the web layer's JSON settings can never change what is stored.
 */
@Configuration(proxyBeanMethods = false)
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
