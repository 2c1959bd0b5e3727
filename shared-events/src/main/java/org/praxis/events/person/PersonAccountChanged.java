package org.praxis.events.person;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The person's account changed ({@code change}): a password changed or reset, the account disabled or enabled. */
@Revision("1")
public record PersonAccountChanged(String personId, AccountChange change, String actor, Instant occurredAt)
        implements PersonEvent {
}
