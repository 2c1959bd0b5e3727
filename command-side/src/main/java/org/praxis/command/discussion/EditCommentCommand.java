package org.praxis.command.discussion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Rewrite one's own comment: the new Markdown {@code text} and the people it now mentions. */
public record EditCommentCommand(@TargetAggregateIdentifier String discussionId, String commentId, String text,
                                 List<String> mentions, String actor) {
}
