package org.praxis.events.person;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** An admin changed the person's roles or the groups they belong to; it takes effect on their next request. */
@Revision("1")
public record PersonAccessChanged(String personId, Set<String> roles, Set<String> groups, String actor,
                                  Instant occurredAt) implements PersonEvent {

    public PersonAccessChanged {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
    }
}
