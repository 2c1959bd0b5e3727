package org.praxis.query.history;

import org.praxis.events.person.ExpertiseVisibilityChanged;
import org.praxis.events.person.PersonAccessChanged;
import org.praxis.events.person.PersonAccountChanged;
import org.praxis.events.person.PersonEvent;
import org.praxis.events.person.PersonMerged;
import org.praxis.events.person.PersonNamesChanged;
import org.praxis.events.person.PersonRegistered;
import org.praxis.events.person.SkillEndorsed;
import org.praxis.events.person.SkillsDeclared;

import java.util.TreeSet;

/** A one-line, human description of a person event. */
final class PersonEventSummary {

    private PersonEventSummary() {
    }

    static String of(PersonEvent event) {
        if (event instanceof PersonRegistered e) {
            return "registered " + e.name();
        } else if (event instanceof SkillsDeclared e) {
            return "declared the skills " + String.join(", ", e.skills());
        } else if (event instanceof SkillEndorsed e) {
            return "endorsed " + e.personId() + " for " + e.skill();
        } else if (event instanceof ExpertiseVisibilityChanged e) {
            return e.visible() ? "opted in to expert search" : "opted out of expert search";
        } else if (event instanceof PersonAccessChanged e) {
            return "access changed: roles " + new TreeSet<>(e.roles()) + ", groups " + new TreeSet<>(e.groups());
        } else if (event instanceof PersonNamesChanged e) {
            return "also known as " + String.join(", ", new TreeSet<>(e.names())) + " (" + e.emails().size()
                    + (e.emails().size() == 1 ? " e-mail address)" : " e-mail addresses)");
        } else if (event instanceof PersonMerged e) {
            return "merged into " + e.into();
        } else if (event instanceof PersonAccountChanged e) {
            return switch (e.change()) {
                case PASSWORD_CHANGED -> "changed their password";
                case PASSWORD_RESET -> "reset the password of " + e.personId() + " (a new one at the next sign-in)";
                case DISABLED -> "disabled the account of " + e.personId();
                case ENABLED -> "enabled the account of " + e.personId() + " again";
            };
        }
        return event.getClass().getSimpleName();
    }
}
