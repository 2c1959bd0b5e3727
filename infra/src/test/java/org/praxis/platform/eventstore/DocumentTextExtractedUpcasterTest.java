package org.praxis.platform.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.praxis.events.document.DocumentTextExtracted;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTextExtractedUpcasterTest {

    private final Serializer serializer = new EventStoreConfiguration().serializer();

    @Test
    void textReadBeforeAuthorsWereReadIsReadAsTheCurrentRevisionWithoutAuthors() {
        String revisionOne = """
                {"documentId":"doc-1","version":1,"text":{"textHash":"%s","characters":42,"language":"en",
                 "title":"Report","pageCount":1,"extractor":"Apache Tika 3.3.1","warnings":[]},
                 "actor":"system:text-extraction","occurredAt":"2025-01-10T09:00:00Z"}""".formatted("a".repeat(64));
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Document", "doc-1", 1, "event-1",
                Instant.parse("2025-01-10T09:00:00Z"), DocumentTextExtracted.class.getName(), "1",
                revisionOne.getBytes(StandardCharsets.UTF_8),
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());

        IntermediateEventRepresentation upcast = new DocumentTextExtractedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        DocumentTextExtracted event = serializer.deserialize(upcast.getData());

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(event.text().authors()).isEmpty();
        assertThat(event.text().characters()).isEqualTo(42);
        assertThat(event.text().title()).isEqualTo("Report");
    }
}
