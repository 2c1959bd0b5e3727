package org.praxis.query.lesson;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.query.ProjectionIndex;

/** Keeps the {@code lessons} index up to date; safe to replay (see {@link ProjectionIndex#apply}). */
@ProcessingGroup(LessonProjection.PROCESSING_GROUP)
public class LessonProjection {

    public static final String PROCESSING_GROUP = "lessons";

    private final ProjectionIndex<LessonEntry> index;

    public LessonProjection(ProjectionIndex<LessonEntry> index) {
        this.index = index;
    }

    @EventHandler
    void on(LessonEvent event, @SequenceNumber long sequence) {
        index.apply(event.lessonId(), sequence, entry -> LessonChanges.apply(entry, event));
    }

    @ResetHandler
    void onReset() {
        index.startRebuild();
    }
}
