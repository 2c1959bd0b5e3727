package org.praxis.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.document.DocumentEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's history read straight from the event store, which is the audit trail. Callers check
 * that the viewer may see the document first.
 */
public class DocumentHistory {

    private final EventStore events;

    public DocumentHistory(EventStore events) {
        this.events = events;
    }

    public List<HistoryEntry> of(String documentId) {
        List<HistoryEntry> history = new ArrayList<>();
        DomainEventStream stream = events.readEvents(documentId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof DocumentEvent event) {
                history.add(new HistoryEntry(message.getSequenceNumber(), message.getPayloadType().getSimpleName(),
                        event.occurredAt(), event.actor(), DocumentEventSummary.of(event)));
            }
        }
        return history;
    }
}
