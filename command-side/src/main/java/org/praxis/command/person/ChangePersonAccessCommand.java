package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Records new roles and groups for a person; who may do this is decided where accounts are kept. */
public record ChangePersonAccessCommand(@TargetAggregateIdentifier String personId, Set<String> roles,
                                        Set<String> groups, String actor) {
}
