package org.praxis.events.person;

import java.time.Instant;

/** Something that happened to a person's profile; {@code personId} is their username. */
public sealed interface PersonEvent permits PersonRegistered, SkillsDeclared, SkillEndorsed,
        ExpertiseVisibilityChanged {

    String personId();

    String actor();

    Instant occurredAt();
}
