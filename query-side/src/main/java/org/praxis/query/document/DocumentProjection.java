package org.praxis.query.document;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.praxis.events.document.DocumentEvent;
import org.praxis.query.ProjectionIndex;

/**
 * Keeps the {@code documents} index up to date with every document event. Safe to replay: see
 * {@link ProjectionIndex#apply}.
 */
@ProcessingGroup(DocumentProjection.PROCESSING_GROUP)
public class DocumentProjection {

    public static final String PROCESSING_GROUP = "documents";

    private final ProjectionIndex<DocumentEntry> index;
    private final DocumentChanges changes;

    public DocumentProjection(ProjectionIndex<DocumentEntry> index, DocumentChanges changes) {
        this.index = index;
        this.changes = changes;
    }

    @EventHandler
    void on(DocumentEvent event, @SequenceNumber long sequence) {
        index.apply(event.documentId(), sequence, entry -> changes.apply(entry, event));
    }

    /** A replay fills a new generation of the index from the events alone; searches read the old one meanwhile. */
    @ResetHandler
    void onReset() {
        index.startRebuild();
    }
}
