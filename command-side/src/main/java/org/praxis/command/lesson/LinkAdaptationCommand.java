package org.praxis.command.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LinkAdaptationCommand(@TargetAggregateIdentifier String lessonId, String practiceId,
                                    int practiceRevision, String actor) {
}
