package org.praxis.events.person;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The person opted out of (or back into) expert search. */
@Revision("1")
public record ExpertiseVisibilityChanged(String personId, boolean visible, String actor, Instant occurredAt)
        implements PersonEvent {
}
