package org.praxis.app.discussion;

import org.praxis.app.practice.Markdown;
import org.praxis.query.discussion.Comment;

import java.time.Instant;
import java.util.List;

/**
 * A comment as the API and the pages show it: its Markdown {@code text} and the same rendered as safe {@code html} (both
 * {@code null} once removed), the usernames it mentions, and its replies, oldest first.
 */
public record CommentView(String id, String replyTo, String author, String text, String html, List<String> mentions,
                   Instant postedAt, Instant editedAt, boolean removed, List<CommentView> replies) {

    public static CommentView of(Comment comment, Markdown markdown) {
        return new CommentView(comment.id(), comment.replyTo(), comment.author(), comment.text(),
                comment.removed() ? null : markdown.html(comment.text()), comment.mentions(), comment.postedAt(),
                comment.editedAt(), comment.removed(),
                comment.replies().stream().map(reply -> of(reply, markdown)).toList());
    }
}
