package org.praxis.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.praxis.events.AuditedEvent;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.discussion.DiscussionEvent;
import org.praxis.events.document.DocumentEvent;
import org.praxis.query.history.EventSummaries;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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
     * Hands on the matching events in order. A document's events, and what was said in its discussion, are handed
     * on only when {@code documentShown} accepts its id: the trail never reveals documents the reader may not see.
     */
    public void forEach(AuditFilter filter, Predicate<String> documentShown, Consumer<AuditRecord> sink) {
        TrackingToken start = filter.from() == null ? null : storage.createTokenAt(filter.from());
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(start, false)) {
            events.filter(message -> message instanceof DomainEventMessage<?>)
                    .filter(message -> message.getPayload() instanceof AuditedEvent)
                    .filter(message -> documentOf(message.getPayload()).map(documentShown::test).orElse(true))
                    .map(AuditTrail::record)
                    .filter(filter::matches)
                    .forEach(sink);
        }
    }

    /** One page of the matching events, newest first, and how many match in all. */
    public record Page(long total, int page, int size, List<AuditRecord> records) {

        public boolean hasOlder() {
            return (long) (page + 1) * size < total;
        }
    }

    /**
     * The {@code page}-th (from 0) {@code size} matching events counted from the newest. The store is read forward
     * once, keeping only the newest {@code (page + 1) × size} matches, so memory stays bounded by the page asked for.
     *
     * @throws IllegalArgumentException for a negative page or a size outside 1..200
     */
    public Page newestFirst(AuditFilter filter, Predicate<String> documentShown, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("pages count from 0 and hold 1 to 200 events");
        }
        int kept = Math.multiplyExact(page + 1, size);
        Deque<AuditRecord> newest = new ArrayDeque<>(kept);
        long[] total = {0};
        forEach(filter, documentShown, record -> {
            total[0]++;
            if (newest.size() == kept) {
                newest.removeFirst();
            }
            newest.addLast(record);
        });
        List<AuditRecord> descending = new ArrayList<>(newest);
        Collections.reverse(descending);
        int from = Math.min(page * size, descending.size());
        return new Page(total[0], page, size, List.copyOf(descending.subList(from, descending.size())));
    }

    /** The document an event is about, if it is about one. */
    private static Optional<String> documentOf(Object event) {
        if (event instanceof DocumentEvent document) {
            return Optional.of(document.documentId());
        }
        if (event instanceof DiscussionEvent said && said.item() == DiscussedItem.DOCUMENT) {
            return Optional.of(said.itemId());
        }
        return Optional.empty();
    }

    private static AuditRecord record(TrackedEventMessage<?> message) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        AuditedEvent payload = (AuditedEvent) message.getPayload();
        return new AuditRecord(message.trackingToken().position().orElse(-1), event.getAggregateIdentifier(),
                event.getSequenceNumber(), message.getPayloadType().getSimpleName(), payload.occurredAt(),
                payload.actor(), EventSummaries.of(payload));
    }
}
