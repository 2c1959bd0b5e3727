package org.praxis.command.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records on an open lesson that its adaptation became proposal {@code proposal} of the practice. */
public record ProposeAdaptationCommand(@TargetAggregateIdentifier String lessonId, String practiceId, int proposal,
                                       String actor) {
}
