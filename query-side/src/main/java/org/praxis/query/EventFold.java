package org.praxis.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Rebuilds a read model of one aggregate straight from the event store, the source of truth: for
 * views the index has not caught up with yet, and for "as it stood then" views.
 */
public final class EventFold {

    private EventFold() {
    }

    /**
     * Applies the aggregate's events of type {@code eventType} in order, as long as {@code include}
     * holds; empty when no such event was included.
     */
    public static <E, T> Optional<T> fold(EventStore events, String aggregateId, Class<E> eventType,
                                          Predicate<DomainEventMessage<?>> include, BiFunction<T, E, T> apply) {
        T state = null;
        // from the first event, never from a snapshot: every past state must be rebuildable
        DomainEventStream stream = events.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!include.test(message)) {
                break;
            }
            if (eventType.isInstance(message.getPayload())) {
                state = apply.apply(state, eventType.cast(message.getPayload()));
            }
        }
        return Optional.ofNullable(state);
    }

    public static <E, T> Optional<T> fold(EventStore events, String aggregateId, Class<E> eventType,
                                          BiFunction<T, E, T> apply) {
        return fold(events, aggregateId, eventType, message -> true, apply);
    }
}
