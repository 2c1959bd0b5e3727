package org.praxis.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.AuditedEvent;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.events.practice.PracticeEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The history of one document, practice or lesson, read straight from the event store, which is the
 * audit trail. Callers check first that the viewer may see the item.
 */
public class History {

    private final EventStore events;

    public History(EventStore events) {
        this.events = events;
    }

    public List<HistoryEntry> ofDocument(String id) {
        return of(id, DocumentEvent.class, DocumentEventSummary::of);
    }

    public List<HistoryEntry> ofPractice(String id) {
        return of(id, PracticeEvent.class, new PracticeEventSummary()::next);
    }

    public List<HistoryEntry> ofLesson(String id) {
        return of(id, LessonEvent.class, LessonEventSummary::of);
    }

    private <E extends AuditedEvent> List<HistoryEntry> of(String id, Class<E> type, Function<E, String> summary) {
        List<HistoryEntry> history = new ArrayList<>();
        // from the first event, never from a snapshot: history is every event
        DomainEventStream stream = events.readEvents(id, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (type.isInstance(message.getPayload())) {
                E event = type.cast(message.getPayload());
                history.add(new HistoryEntry(message.getSequenceNumber(), message.getPayloadType().getSimpleName(),
                        event.occurredAt(), event.actor(), summary.apply(event)));
            }
        }
        return history;
    }
}
