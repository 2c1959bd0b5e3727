package org.praxis.command.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseLessonCommand(@TargetAggregateIdentifier String lessonId, String actor) {
}
