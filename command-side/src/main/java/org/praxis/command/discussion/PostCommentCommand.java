package org.praxis.command.discussion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.discussion.DiscussedItem;

import java.util.List;

/**
 * Say something about an item: Markdown {@code text}, a reply to {@code replyTo} or to the item ({@code null}),
 * mentioning the {@code mentions} (usernames of people who exist, as the sender's side found them).
 */
public record PostCommentCommand(@TargetAggregateIdentifier String discussionId, DiscussedItem item, String itemId,
                                 String commentId, String replyTo, String text, List<String> mentions,
                                 String actor) {
}
