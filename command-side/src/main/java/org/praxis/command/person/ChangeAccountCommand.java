package org.praxis.command.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.person.AccountChange;

/**
 * Records a change to a person's account; the credentials themselves are kept where accounts are kept, never in
 * events. {@code actor}: the person themself (a new password) or an admin.
 */
public record ChangeAccountCommand(@TargetAggregateIdentifier String personId, AccountChange change, String actor) {
}
