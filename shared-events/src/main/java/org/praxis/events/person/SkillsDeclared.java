package org.praxis.events.person;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/** The person's own list of skills, replacing the previous one. */
@Revision("1")
public record SkillsDeclared(String personId, Set<String> skills, String actor, Instant occurredAt)
        implements PersonEvent {
}
