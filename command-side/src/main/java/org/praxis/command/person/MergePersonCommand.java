package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Merges the person into {@code into}, who must be registered; who may do this is decided where accounts are
 * kept.
 */
public record MergePersonCommand(@TargetAggregateIdentifier String personId, String into, String actor) {
}
