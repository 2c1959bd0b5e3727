package org.praxis.platform.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.praxis.events.document.DocumentVersionAdded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentVersionAddedUpcasterTest {

    private final Serializer serializer = new EventStoreConfiguration().serializer();

    @Test
    void aVersionStoredBeforeIdempotencyKeysIsReadAsTheCurrentRevisionWithoutAKey() {
        String revisionOne = """
                {"documentId":"doc-1","content":{"version":2,"contentHash":"%s","size":5,"mediaType":"text/plain",
                 "fileName":"v2.txt"},"actor":"alice","occurredAt":"2025-01-10T09:00:00Z"}""".formatted("a".repeat(64));
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Document", "doc-1", 1, "event-1",
                Instant.parse("2025-01-10T09:00:00Z"), DocumentVersionAdded.class.getName(), "1",
                revisionOne.getBytes(StandardCharsets.UTF_8),
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());

        IntermediateEventRepresentation upcast = new DocumentVersionAddedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        DocumentVersionAdded event = serializer.deserialize(upcast.getData());

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(event.idempotencyKey()).isNull();
        assertThat(event.content().version()).isEqualTo(2);
        assertThat(event.actor()).isEqualTo("alice");
    }
}
