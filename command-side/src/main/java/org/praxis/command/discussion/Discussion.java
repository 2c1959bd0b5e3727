package org.praxis.command.discussion;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RequiredText;
import org.praxis.command.common.RuleViolation;
import org.praxis.events.discussion.CommentEdited;
import org.praxis.events.discussion.CommentPosted;
import org.praxis.events.discussion.CommentRemoved;
import org.praxis.events.discussion.DiscussedItem;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The discussion of one practice, lesson or document: its comments, each a reply to the item or to an earlier
 * comment of the same discussion. A comment is changed or removed only by its author, and a removed comment stays
 * removed (its place in the thread and its replies remain). Whether the sender may see the item at all is asked
 * before the command is sent: the item's own aggregate and index know its visibility.
 */
@Aggregate
class Discussion {

    static final int MAX_TEXT = 10_000;

    @AggregateIdentifier
    private String discussionId;
    private DiscussedItem item;
    private String itemId;
    private final Map<String, Comment> comments = new HashMap<>();

    private record Comment(String author, boolean removed) {
    }

    Discussion() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PostCommentCommand command) {
        if (command.item() == null || command.itemId() == null
                || !command.item().discussionOf(command.itemId()).equals(command.discussionId())) {
            throw new IllegalArgumentException("a comment belongs to the discussion of the item it is about");
        }
        if (command.replyTo() != null && !comments.containsKey(command.replyTo())) {
            throw new IllegalArgumentException("there is no comment " + command.replyTo() + " to reply to here");
        }
        if (comments.containsKey(command.commentId())) {
            throw new RuleViolation("comment " + command.commentId() + " was already posted");
        }
        apply(new CommentPosted(command.item(), command.itemId(), command.commentId(), command.replyTo(),
                RequiredText.of(command.text(), "a comment", MAX_TEXT), command.mentions(), command.actor(), now()));
    }

    @CommandHandler
    void handle(EditCommentCommand command) {
        ownLiveComment(command.commentId(), command.actor(), "edit");
        apply(new CommentEdited(item, itemId, command.commentId(), RequiredText.of(command.text(), "a comment",
                MAX_TEXT), command.mentions(), command.actor(), now()));
    }

    @CommandHandler
    void handle(RemoveCommentCommand command) {
        ownLiveComment(command.commentId(), command.actor(), "remove");
        apply(new CommentRemoved(item, itemId, command.commentId(), command.actor(), now()));
    }

    private void ownLiveComment(String commentId, String actor, String action) {
        Comment comment = comments.get(commentId);
        if (comment == null) {
            throw new IllegalArgumentException("there is no comment " + commentId + " here");
        }
        if (!comment.author().equals(actor)) {
            throw new NotAllowed("only its author may " + action + " a comment");
        }
        if (comment.removed()) {
            throw new RuleViolation("the comment was removed");
        }
    }

    @EventSourcingHandler
    void on(CommentPosted event) {
        discussionId = event.item().discussionOf(event.itemId());
        item = event.item();
        itemId = event.itemId();
        comments.put(event.commentId(), new Comment(event.actor(), false));
    }

    @EventSourcingHandler
    void on(CommentRemoved event) {
        comments.computeIfPresent(event.commentId(), (id, comment) -> new Comment(comment.author(), true));
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
