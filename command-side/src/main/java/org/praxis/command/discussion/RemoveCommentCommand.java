package org.praxis.command.discussion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take back one's own comment; the thread shows it as removed. */
public record RemoveCommentCommand(@TargetAggregateIdentifier String discussionId, String commentId, String actor) {
}
