package org.praxis.query.discussion;

import java.util.List;

/**
 * What is said about one item, as search reads it: the item ({@code item}, a {@code DiscussedItem} name;
 * {@code itemId}) and the text of each comment not removed, oldest first. One entry per discussion aggregate
 * ({@code id} is its id), in the {@code discussions} index.
 */
public record DiscussionEntry(String id, String item, String itemId, List<CommentText> comments) {

    public DiscussionEntry {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** One comment's current Markdown text. */
    public record CommentText(String id, String text) {
    }
}
