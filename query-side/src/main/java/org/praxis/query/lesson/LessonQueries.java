package org.praxis.query.lesson;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.query.EventFold;

import java.util.Optional;

/**
 * A lesson as it stands, rebuilt from its events: a closed lesson is closed at once for everyone.
 * The index serves search.
 */
public class LessonQueries {

    private final EventStore events;

    public LessonQueries(EventStore events) {
        this.events = events;
    }

    public Optional<LessonEntry> find(String id) {
        return EventFold.fold(events, id, LessonEvent.class, LessonChanges::apply);
    }
}
