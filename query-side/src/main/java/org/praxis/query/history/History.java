package org.praxis.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.AuditedEvent;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.discussion.DiscussionEvent;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.events.practice.PracticeEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The history of one document, practice or lesson, read straight from the event store, which is the
 * audit trail: the item's own events and those of its discussion (comments posted, edited, removed), in the order
 * they happened. Callers check first that the viewer may see the item.
 */
public class History {

    private final EventStore events;

    public History(EventStore events) {
        this.events = events;
    }

    public List<HistoryEntry> ofDocument(String id) {
        return withDiscussion(of(id, DocumentEvent.class, DocumentEventSummary::of), DiscussedItem.DOCUMENT, id);
    }

    public List<HistoryEntry> ofPractice(String id) {
        return withDiscussion(of(id, PracticeEvent.class, new PracticeEventSummary()::next), DiscussedItem.PRACTICE,
                id);
    }

    public List<HistoryEntry> ofLesson(String id) {
        return withDiscussion(of(id, LessonEvent.class, LessonEventSummary::of), DiscussedItem.LESSON, id);
    }

    /** The item's history with its discussion's events among them, by time (the item's first at equal times). */
    private List<HistoryEntry> withDiscussion(List<HistoryEntry> item, DiscussedItem kind, String id) {
        List<HistoryEntry> discussion = of(kind.discussionOf(id), DiscussionEvent.class, DiscussionEventSummary::of);
        if (item.isEmpty() || discussion.isEmpty()) {
            return item;
        }
        List<HistoryEntry> merged = new ArrayList<>(item);
        merged.addAll(discussion);
        merged.sort(Comparator.comparing(HistoryEntry::at));
        return merged;
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
