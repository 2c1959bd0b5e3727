package org.praxis.query.practice;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.query.ProjectionIndex;

/** Keeps the {@code practices} index up to date; safe to replay (see {@link ProjectionIndex#apply}). */
@ProcessingGroup(PracticeProjection.PROCESSING_GROUP)
public class PracticeProjection {

    public static final String PROCESSING_GROUP = "practices";

    private final ProjectionIndex<PracticeEntry> index;

    public PracticeProjection(ProjectionIndex<PracticeEntry> index) {
        this.index = index;
    }

    @EventHandler
    void on(PracticeEvent event, @SequenceNumber long sequence) {
        index.apply(event.practiceId(), sequence, entry -> PracticeChanges.apply(entry, event));
    }

    @ResetHandler
    void onReset() {
        index.startRebuild();
    }
}
