package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a name as documents write it (or an e-mail address) to a person: an admin's merge of a person known
 * from documents into an account; who may do this is decided where accounts are kept.
 */
public record AddNameCommand(@TargetAggregateIdentifier String personId, String name, String actor) {
}
