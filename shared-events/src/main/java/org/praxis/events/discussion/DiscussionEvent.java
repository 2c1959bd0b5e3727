package org.praxis.events.discussion;

import org.praxis.events.AuditedEvent;

/**
 * Something said about a practice, lesson or document: one event of the item's discussion (its aggregate id is
 * {@link DiscussedItem#discussionOf}), always about one comment.
 */
public sealed interface DiscussionEvent extends AuditedEvent permits CommentPosted, CommentEdited, CommentRemoved {

    DiscussedItem item();

    String itemId();

    String commentId();
}
