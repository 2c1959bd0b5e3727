package org.praxis.query.discussion;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.praxis.events.discussion.CommentEdited;
import org.praxis.events.discussion.CommentPosted;
import org.praxis.events.discussion.CommentRemoved;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.discussion.DiscussionEvent;
import org.praxis.events.document.DocumentErased;
import org.praxis.query.ProjectionIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code discussions} index, so that an item is found by what is said about it: one entry per discussion
 * with the text of its comments not removed; safe to replay. Erasing a document deletes what was said about it here
 * too, for good: the erasure is written above any version a comment can reach, so no replay brings it back.
 */
@ProcessingGroup(DiscussionProjection.PROCESSING_GROUP)
public class DiscussionProjection {

    public static final String PROCESSING_GROUP = "discussions";

    /** The version an erasure writes: above every discussion's sequence numbers. */
    static final long ERASED = Long.MAX_VALUE / 4;

    private final ProjectionIndex<DiscussionEntry> index;

    public DiscussionProjection(ProjectionIndex<DiscussionEntry> index) {
        this.index = index;
    }

    @EventHandler
    void on(CommentPosted event, @SequenceNumber long sequence) {
        change(event, sequence, comments -> {
            comments.add(new DiscussionEntry.CommentText(event.commentId(), event.text()));
            return comments;
        });
    }

    @EventHandler
    void on(CommentEdited event, @SequenceNumber long sequence) {
        change(event, sequence, comments -> comments.stream().map(comment -> comment.id().equals(event.commentId())
                ? new DiscussionEntry.CommentText(comment.id(), event.text()) : comment).toList());
    }

    @EventHandler
    void on(CommentRemoved event, @SequenceNumber long sequence) {
        change(event, sequence, comments -> comments.stream()
                .filter(comment -> !comment.id().equals(event.commentId())).toList());
    }

    @EventHandler
    void on(DocumentErased event) {
        index.apply(DiscussedItem.DOCUMENT.discussionOf(event.documentId()), ERASED, entry -> null);
    }

    @ResetHandler
    void onReset() {
        index.startRebuild();
    }

    private void change(DiscussionEvent event, long sequence, UnaryOperator<List<DiscussionEntry.CommentText>> change) {
        String id = event.item().discussionOf(event.itemId());
        index.apply(id, sequence, entry -> new DiscussionEntry(id, event.item().name(), event.itemId(),
                change.apply(new ArrayList<>(entry == null ? List.of() : entry.comments()))));
    }
}
