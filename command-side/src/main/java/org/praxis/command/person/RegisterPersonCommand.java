package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers the person behind an account; {@code personId} is the username. */
public record RegisterPersonCommand(@TargetAggregateIdentifier String personId, String name, String actor) {
}
