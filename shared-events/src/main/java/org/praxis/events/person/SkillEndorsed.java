package org.praxis.events.person;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A colleague ({@code actor}) vouched for one of the person's skills. */
@Revision("1")
public record SkillEndorsed(String personId, String skill, String actor, Instant occurredAt) implements PersonEvent {
}
