package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

public record DeclareSkillsCommand(@TargetAggregateIdentifier String personId, Set<String> skills, String actor) {
}
