package org.praxis.command.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records whether the lesson's adaptation held, with an optional note (required when it did not). */
public record RecordOutcomeCommand(@TargetAggregateIdentifier String lessonId, Boolean held, String note,
                                   String actor) {
}
