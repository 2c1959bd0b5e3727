package org.praxis.events.discussion;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Its author removed a comment: the thread keeps its place, shown as removed, and its replies stay. */
@Revision("1")
public record CommentRemoved(DiscussedItem item, String itemId, String commentId, String actor, Instant occurredAt)
        implements DiscussionEvent {
}
