package org.praxis.command.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddInsightCommand(@TargetAggregateIdentifier String lessonId, String text, String actor) {
}
