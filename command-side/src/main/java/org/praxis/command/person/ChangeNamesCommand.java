package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** The person's own list of other name spellings and e-mail addresses, replacing the previous one. */
public record ChangeNamesCommand(@TargetAggregateIdentifier String personId, Set<String> names, Set<String> emails,
                                 String actor) {
}
