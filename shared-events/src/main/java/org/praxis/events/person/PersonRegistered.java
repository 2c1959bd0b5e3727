package org.praxis.events.person;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record PersonRegistered(String personId, String name, String actor, Instant occurredAt)
        implements PersonEvent {
}
