package org.praxis.query.discussion;

import java.time.Instant;
import java.util.List;

/**
 * One comment of a thread with its replies, oldest first. A removed comment keeps its place, author and replies;
 * its {@code text} and {@code mentions} are gone. {@code editedAt} is {@code null} for a comment never edited.
 */
public record Comment(String id, String replyTo, String author, String text, List<String> mentions,
                      Instant postedAt, Instant editedAt, boolean removed, List<Comment> replies) {

    public Comment {
        mentions = List.copyOf(mentions);
        replies = List.copyOf(replies);
    }
}
