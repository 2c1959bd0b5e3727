package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

public record DraftPracticeCommand(@TargetAggregateIdentifier String practiceId, String title, String body,
                                   Set<String> tags, String industry, String actor) {
}
