package org.praxis.query.person;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A person's profile as the {@code people} index holds it, for expertise location. */
public record PersonEntry(
        String id,
        String name,
        Set<String> skills,
        List<SkillEndorsement> endorsements,
        boolean visibleAsExpert,
        Instant registeredAt,
        Instant updatedAt) {

    public record SkillEndorsement(String skill, String endorser, Instant at) {
    }

    public PersonEntry {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        endorsements = endorsements == null ? List.of() : List.copyOf(endorsements);
    }
}
