package org.praxis.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.praxis.events.AuditedEvent;
import org.praxis.events.document.DocumentEvent;
import org.praxis.query.history.EventSummaries;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The organisation-wide audit trail: every event in the event store, in the order it was stored,
 * read in batches and handed on one by one, so that any size of history streams in constant memory.
 */
public class AuditTrail {

    private final EventStorageEngine storage;

    public AuditTrail(EventStorageEngine storage) {
        this.storage = storage;
    }

    /**
     * Hands on the matching events in order. A document's events are handed on only when
     * {@code documentShown} accepts its id: the trail never reveals documents the reader may not see.
     */
    public void forEach(AuditFilter filter, Predicate<String> documentShown, Consumer<AuditRecord> sink) {
        TrackingToken start = filter.from() == null ? null : storage.createTokenAt(filter.from());
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(start, false)) {
            events.filter(message -> message instanceof DomainEventMessage<?>)
                    .filter(message -> message.getPayload() instanceof AuditedEvent)
                    .filter(message -> !(message.getPayload() instanceof DocumentEvent document)
                            || documentShown.test(document.documentId()))
                    .map(AuditTrail::record)
                    .filter(filter::matches)
                    .forEach(sink);
        }
    }

    private static AuditRecord record(TrackedEventMessage<?> message) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        AuditedEvent payload = (AuditedEvent) message.getPayload();
        return new AuditRecord(message.trackingToken().position().orElse(-1), event.getAggregateIdentifier(),
                event.getSequenceNumber(), message.getPayloadType().getSimpleName(), payload.occurredAt(),
                payload.actor(), EventSummaries.of(payload));
    }
}
