package org.praxis.events.discussion;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;
import org.praxis.events.PersonalData;

import java.time.Instant;
import java.util.List;

/**
 * A comment: Markdown {@code text}, in reply to the comment {@code replyTo} of the same discussion or to the item
 * itself ({@code null}), naming the people it mentions ({@code @username}) by their usernames. Its text is sealed
 * with the item's key, so erasing a document erases what was said about it.
 */
@Revision("1")
public record CommentPosted(
        DiscussedItem item,
        @DataSubject String itemId,
        String commentId,
        String replyTo,
        @PersonalData String text,
        List<String> mentions,
        String actor,
        Instant occurredAt) implements DiscussionEvent {

    public CommentPosted {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
