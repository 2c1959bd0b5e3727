package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A curator confirms the practice for {@code validDays} days; {@code actorIsCurator} says whether the actor is one. */
public record VerifyPracticeCommand(@TargetAggregateIdentifier String practiceId, int validDays,
                                    boolean actorIsCurator, String actor) {
}
