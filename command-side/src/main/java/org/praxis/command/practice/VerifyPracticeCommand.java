package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.command.common.Actor;

/** A curator confirms the practice for {@code validDays} days; the practice refuses anyone else. */
public record VerifyPracticeCommand(@TargetAggregateIdentifier String practiceId, int validDays,
                                    Actor actor) {
}
