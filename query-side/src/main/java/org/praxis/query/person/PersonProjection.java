package org.praxis.query.person;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.praxis.events.person.PersonEvent;
import org.praxis.query.ProjectionIndex;

/** Keeps the {@code people} index up to date; safe to replay (see {@link ProjectionIndex#apply}). */
@ProcessingGroup(PersonProjection.PROCESSING_GROUP)
public class PersonProjection {

    public static final String PROCESSING_GROUP = "people";

    private final ProjectionIndex<PersonEntry> index;

    public PersonProjection(ProjectionIndex<PersonEntry> index) {
        this.index = index;
    }

    @EventHandler
    void on(PersonEvent event, @SequenceNumber long sequence) {
        index.apply(event.personId(), sequence, entry -> PersonChanges.apply(entry, event));
    }

    @ResetHandler
    void onReset() {
        index.startRebuild();
    }
}
