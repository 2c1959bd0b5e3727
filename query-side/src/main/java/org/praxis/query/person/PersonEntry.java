package org.praxis.query.person;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's profile as the {@code people} index holds it, for expertise location: who they are, the other
 * spellings of their name and their e-mail addresses, whom an admin merged them into ({@code null} when nobody).
 */
@JsonIgnoreProperties(value = PersonEntry.KNOWN_AS, allowGetters = true)
public record PersonEntry(
        String id,
        String name,
        Set<String> skills,
        List<SkillEndorsement> endorsements,
        boolean visibleAsExpert,
        Instant registeredAt,
        Instant updatedAt,
        Set<String> names,
        Set<String> emails,
        String mergedInto) {

    /** The field of every {@link PersonNames#keys name key} the person is known by. */
    public static final String KNOWN_AS = "knownAs";

    public record SkillEndorsement(String skill, String endorser, Instant at) {
    }

    public PersonEntry {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        endorsements = endorsements == null ? List.of() : List.copyOf(endorsements);
        names = names == null ? Set.of() : Set.copyOf(names);
        emails = emails == null ? Set.of() : Set.copyOf(emails);
    }

    /** The name keys of the username, the name, the other names and the e-mail addresses. Written, never read. */
    @JsonProperty(KNOWN_AS)
    public Set<String> knownAs() {
        Set<String> keys = new TreeSet<>(PersonNames.keys(id));
        keys.addAll(PersonNames.keys(name));
        names.forEach(other -> keys.addAll(PersonNames.keys(other)));
        emails.forEach(email -> keys.addAll(PersonNames.keys(email)));
        return keys;
    }

    PersonEntry with(Set<String> skills, List<SkillEndorsement> endorsements, boolean visibleAsExpert,
                     Set<String> names, Set<String> emails, String mergedInto, Instant updatedAt) {
        return new PersonEntry(id, name, skills, endorsements, visibleAsExpert, registeredAt, updatedAt, names,
                emails, mergedInto);
    }
}
