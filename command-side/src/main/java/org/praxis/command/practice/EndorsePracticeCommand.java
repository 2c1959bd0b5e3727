package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndorsePracticeCommand(@TargetAggregateIdentifier String practiceId, String actor) {
}
