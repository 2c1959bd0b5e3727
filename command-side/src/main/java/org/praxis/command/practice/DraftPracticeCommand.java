package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.praxis.events.practice.Reference;

import java.util.List;
import java.util.Set;

public record DraftPracticeCommand(@TargetAggregateIdentifier String practiceId, String title, String body,
                                   Set<String> tags, String industry, List<Reference> motivatedBy, String actor) {
}
