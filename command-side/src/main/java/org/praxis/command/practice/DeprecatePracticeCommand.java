package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeprecatePracticeCommand(@TargetAggregateIdentifier String practiceId, String reason,
                                       String supersededBy, String actor) {
}
