package org.praxis.query.lesson;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.query.EventFold;
import org.praxis.query.ProjectionIndex;

import java.util.Optional;

/** A lesson as it stands: from the index, or folded from its events while the index catches up. */
public class LessonQueries {

    private final ProjectionIndex<LessonEntry> index;
    private final EventStore events;

    public LessonQueries(ProjectionIndex<LessonEntry> index, EventStore events) {
        this.index = index;
        this.events = events;
    }

    public Optional<LessonEntry> find(String id) {
        return index.find(id).or(() -> EventFold.fold(events, id, LessonEvent.class, LessonChanges::apply));
    }
}
