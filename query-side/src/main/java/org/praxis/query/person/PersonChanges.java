package org.praxis.query.person;

import org.praxis.events.person.ExpertiseVisibilityChanged;
import org.praxis.events.person.PersonEvent;
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
            return new PersonEntry(e.personId(), e.name(), Set.of(), List.of(), true, e.occurredAt(), e.occurredAt());
        }
        if (entry == null) {
            throw new IllegalStateException("person " + event.personId() + " changed before being registered");
        }
        Set<String> skills = entry.skills();
        List<PersonEntry.SkillEndorsement> endorsements = entry.endorsements();
        boolean visible = entry.visibleAsExpert();
        if (event instanceof SkillsDeclared e) {
            skills = e.skills();
        } else if (event instanceof SkillEndorsed e) {
            endorsements = new ArrayList<>(endorsements);
            endorsements.add(new PersonEntry.SkillEndorsement(e.skill(), e.actor(), e.occurredAt()));
        } else if (event instanceof ExpertiseVisibilityChanged e) {
            visible = e.visible();
        }
        return new PersonEntry(entry.id(), entry.name(), skills, endorsements, visible, entry.registeredAt(),
                event.occurredAt());
    }
}
