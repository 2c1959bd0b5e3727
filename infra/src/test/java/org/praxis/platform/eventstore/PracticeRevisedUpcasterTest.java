package org.praxis.platform.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.Reference;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeRevisedUpcasterTest {

    private final Serializer serializer = new EventStoreConfiguration().serializer();

    @Test
    void aStoredRevisionOneEventIsReadWithItsLessonsAsReferences() {
        String revisionOne = """
                {"practiceId":"p-1","revision":3,"title":"Password storage","body":"Use PBKDF2 with 310,000 iterations",
                 "rationale":"OWASP raised the iteration count","lessonIds":["lesson-7","lesson-9"],
                 "actor":"alice","occurredAt":"2023-01-10T09:00:00Z"}""";

        PracticeRevised event = read(revisionOne, "1");

        assertThat(event.motivatedBy()).containsExactly(new Reference(Reference.Kind.LESSON, "lesson-7"),
                new Reference(Reference.Kind.LESSON, "lesson-9"));
        assertThat(event.body()).isEqualTo("Use PBKDF2 with 310,000 iterations");
        assertThat(event.revision()).isEqualTo(3);
    }

    @Test
    void aCurrentEventPassesUnchanged() {
        String revisionTwo = """
                {"practiceId":"p-1","revision":2,"title":"T","body":"B","rationale":"R",
                 "motivatedBy":[{"kind":"DOCUMENT","id":"doc-1"}],"actor":"alice","occurredAt":"2023-01-10T09:00:00Z"}""";

        assertThat(read(revisionTwo, "2").motivatedBy()).containsExactly(new Reference(Reference.Kind.DOCUMENT, "doc-1"));
    }

    private PracticeRevised read(String json, String revision) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Practice", "p-1", 2, "event-1",
                Instant.parse("2023-01-10T09:00:00Z"), PracticeRevised.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8),
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());
        DomainEventStream events = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), serializer,
                new PracticeRevisedUpcaster());
        return (PracticeRevised) events.next().getPayload();
    }
}
