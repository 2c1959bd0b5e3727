package org.praxis.events.person;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An admin found that this person and {@code into} are the same: from now on what this person wrote, revised or
 * uploaded counts for {@code into}, and this person is no longer listed as an expert of their own.
 */
@Revision("1")
public record PersonMerged(String personId, String into, String actor, Instant occurredAt) implements PersonEvent {
}
