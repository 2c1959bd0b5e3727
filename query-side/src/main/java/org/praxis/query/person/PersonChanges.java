package org.praxis.query.person;

import org.praxis.events.person.ExpertiseVisibilityChanged;
import org.praxis.events.person.PersonEvent;
import org.praxis.events.person.PersonMerged;
import org.praxis.events.person.PersonNamesChanged;
import org.praxis.events.person.PersonRegistered;
import org.praxis.events.person.SkillEndorsed;
import org.praxis.events.person.SkillsDeclared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How each person event changes a {@link PersonEntry}. */
final class PersonChanges {

    private PersonChanges() {
    }

    static PersonEntry apply(PersonEntry entry, PersonEvent event) {
        if (event instanceof PersonRegistered e) {
            return new PersonEntry(e.personId(), e.name(), Set.of(), List.of(), true, e.occurredAt(), e.occurredAt(),
                    Set.of(), Set.of(), null);
        }
        if (entry == null) {
            throw new IllegalStateException("person " + event.personId() + " changed before being registered");
        }
        Set<String> skills = entry.skills();
        List<PersonEntry.SkillEndorsement> endorsements = entry.endorsements();
        boolean visible = entry.visibleAsExpert();
        Set<String> names = entry.names();
        Set<String> emails = entry.emails();
        String mergedInto = entry.mergedInto();
        if (event instanceof SkillsDeclared e) {
            skills = e.skills();
        } else if (event instanceof SkillEndorsed e) {
            endorsements = new ArrayList<>(endorsements);
            endorsements.add(new PersonEntry.SkillEndorsement(e.skill(), e.actor(), e.occurredAt()));
        } else if (event instanceof ExpertiseVisibilityChanged e) {
            visible = e.visible();
        } else if (event instanceof PersonNamesChanged e) {
            names = e.names();
            emails = e.emails();
        } else if (event instanceof PersonMerged e) {
            mergedInto = e.into();
        }
        return entry.with(skills, endorsements, visible, names, emails, mergedInto, event.occurredAt());
    }
}
