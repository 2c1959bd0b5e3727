package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeExpertiseVisibilityCommand(@TargetAggregateIdentifier String personId, boolean visible,
                                               String actor) {
}
