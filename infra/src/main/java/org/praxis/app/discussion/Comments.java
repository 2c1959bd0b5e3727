package org.praxis.app.discussion;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.discussion.EditCommentCommand;
import org.praxis.command.discussion.PostCommentCommand;
import org.praxis.command.discussion.RemoveCommentCommand;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.web.NotFound;
import org.praxis.query.discussion.Comment;
import org.praxis.query.discussion.Discussions;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Taking part in an item's discussion, for the API and the pages alike: the {@code Discussion} aggregate decides
 * (replies within the thread, only the author edits or removes); this names the mentioned accounts and checks that
 * a comment exists before acting on it. Callers check first that the person may see the item.
 */
@Service
class Comments {

    private final CommandGateway commands;
    private final Discussions discussions;
    private final Mentions mentions;

    Comments(CommandGateway commands, Discussions discussions, Mentions mentions) {
        this.commands = commands;
        this.discussions = discussions;
        this.mentions = mentions;
    }

    /** Posts a comment, or a reply to {@code replyTo}; returns the new comment's id. */
    String post(DiscussedItem item, String itemId, String replyTo, String text, String author) {
        String commentId = UUID.randomUUID().toString();
        commands.sendAndWait(new PostCommentCommand(item.discussionOf(itemId), item, itemId, commentId, replyTo, text,
                mentions.in(text), author));
        return commentId;
    }

    void edit(DiscussedItem item, String itemId, String commentId, String text, String author) {
        find(item, itemId, commentId);
        commands.sendAndWait(new EditCommentCommand(item.discussionOf(itemId), commentId, text, mentions.in(text),
                author));
    }

    void remove(DiscussedItem item, String itemId, String commentId, String author) {
        find(item, itemId, commentId);
        commands.sendAndWait(new RemoveCommentCommand(item.discussionOf(itemId), commentId, author));
    }

    /** @throws NotFound when the item's discussion has no such comment */
    Comment find(DiscussedItem item, String itemId, String commentId) {
        return discussions.find(item, itemId, commentId).orElseThrow(() -> new NotFound("comment"));
    }
}
