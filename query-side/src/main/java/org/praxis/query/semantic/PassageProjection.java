package org.praxis.query.semantic;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.query.ProjectionIndex;

/**
 * Keeps the {@code passages} index: the sentence vectors of every document, practice and lesson. Runs on
 * a processor of its own, so embedding (the slowest step of indexing) never holds up an upload, a search
 * or the other indexes; its progress and lag show on the admin page like every processor's. Safe to
 * replay: see {@link ProjectionIndex#apply}.
 */
@ProcessingGroup(PassageProjection.PROCESSING_GROUP)
public class PassageProjection {

    public static final String PROCESSING_GROUP = "passages";

    private final ProjectionIndex<PassageEntry> index;
    private final PassageChanges changes;

    public PassageProjection(ProjectionIndex<PassageEntry> index, PassageChanges changes) {
        this.index = index;
        this.changes = changes;
    }

    @EventHandler
    void on(DocumentEvent event, @SequenceNumber long sequence) {
        index.apply(event.documentId(), sequence, entry -> changes.apply(entry, event));
    }

    @EventHandler
    void on(PracticeEvent event, @SequenceNumber long sequence) {
        index.apply(event.practiceId(), sequence, entry -> changes.apply(entry, event));
    }

    @EventHandler
    void on(LessonEvent event, @SequenceNumber long sequence) {
        index.apply(event.lessonId(), sequence, entry -> changes.apply(entry, event));
    }

    /** A replay fills a new generation of the index from the events alone; searches read the old one meanwhile. */
    @ResetHandler
    void onReset() {
        index.startRebuild();
    }
}
