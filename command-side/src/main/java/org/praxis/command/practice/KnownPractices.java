package org.praxis.command.practice;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Which practices exist, for the rules of one practice that name another (its successor). Practices are never
 * removed, so a practice once known stays known.
 */
@FunctionalInterface
public interface KnownPractices {

    boolean exists(String practiceId);

    /**
     * Asks the event store: a practice exists when events (or a snapshot) of a {@code Practice} aggregate are stored
     * under its id. Reads one event, whatever the practice's length.
     */
    static KnownPractices in(EventStore events) {
        return practiceId -> {
            DomainEventStream stream = events.readEvents(practiceId);
            return stream.hasNext() && Practice.class.getSimpleName().equals(stream.peek().getType());
        };
    }
}
