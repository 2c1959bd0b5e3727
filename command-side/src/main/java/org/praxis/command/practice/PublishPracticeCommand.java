package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishPracticeCommand(@TargetAggregateIdentifier String practiceId, String actor) {
}
