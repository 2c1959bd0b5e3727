package org.praxis.events.person;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/**
 * The other ways the person's name is written (spellings, maiden names, initials) and their e-mail addresses,
 * replacing the previous ones; files that name them so count as theirs. Set by the person, or by an admin who
 * merges a name found in documents into them.
 */
@Revision("1")
public record PersonNamesChanged(String personId, Set<String> names, Set<String> emails, String actor,
                                 Instant occurredAt) implements PersonEvent {

    public PersonNamesChanged {
        names = Set.copyOf(names);
        emails = Set.copyOf(emails);
    }
}
