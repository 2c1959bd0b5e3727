package org.praxis.query.discussion;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.discussion.CommentEdited;
import org.praxis.events.discussion.CommentPosted;
import org.praxis.events.discussion.CommentRemoved;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.discussion.DiscussionEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The discussion of an item, read straight from its events in the event store (a thread is small, and a reader
 * who just posted sees the comment at once). Callers check first that the viewer may see the item.
 */
public class Discussions {

    private final EventStore events;

    public Discussions(EventStore events) {
        this.events = events;
    }

    /** The comments that answer the item itself, each with its replies, all oldest first; empty when none. */
    public List<Comment> thread(DiscussedItem item, String itemId) {
        Map<String, Draft> drafts = drafts(item, itemId);
        return drafts.values().stream().filter(draft -> draft.replyTo == null)
                .map(draft -> draft.comment(drafts)).toList();
    }

    /** One comment of the item's discussion, with its replies. */
    public Optional<Comment> find(DiscussedItem item, String itemId, String commentId) {
        Map<String, Draft> drafts = drafts(item, itemId);
        return Optional.ofNullable(drafts.get(commentId)).map(draft -> draft.comment(drafts));
    }

    /** Every comment of the discussion by id, in the order posted. */
    private Map<String, Draft> drafts(DiscussedItem item, String itemId) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        DomainEventStream stream = events.readEvents(item.discussionOf(itemId), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof DiscussionEvent event) {
                apply(drafts, event);
            }
        }
        return drafts;
    }

    private static void apply(Map<String, Draft> drafts, DiscussionEvent event) {
        if (event instanceof CommentPosted posted) {
            drafts.put(posted.commentId(), new Draft(posted));
        } else if (event instanceof CommentEdited edited) {
            Draft draft = drafts.get(edited.commentId());
            draft.text = edited.text();
            draft.mentions = edited.mentions();
            draft.editedAt = edited.occurredAt();
        } else if (event instanceof CommentRemoved removed) {
            Draft draft = drafts.get(removed.commentId());
            draft.text = null;
            draft.mentions = List.of();
            draft.removed = true;
        }
    }

    /** A comment while its events are applied; replies are found by their {@code replyTo}. */
    private static final class Draft {
        private final String id;
        private final String replyTo;
        private final String author;
        private final Instant postedAt;
        private String text;
        private List<String> mentions;
        private Instant editedAt;
        private boolean removed;

        Draft(CommentPosted posted) {
            id = posted.commentId();
            replyTo = posted.replyTo();
            author = posted.actor();
            postedAt = posted.occurredAt();
            text = posted.text();
            mentions = posted.mentions();
        }

        Comment comment(Map<String, Draft> drafts) {
            List<Comment> replies = new ArrayList<>();
            drafts.values().stream().filter(draft -> id.equals(draft.replyTo))
                    .forEach(reply -> replies.add(reply.comment(drafts)));
            return new Comment(id, replyTo, author, text, mentions, postedAt, editedAt, removed, replies);
        }
    }
}
