package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndorseSkillCommand(@TargetAggregateIdentifier String personId, String skill, String actor) {
}
