package org.praxis.events.person;

import org.praxis.events.AuditedEvent;

/** Something that happened to a person's profile; {@code personId} is their username. */
public sealed interface PersonEvent extends AuditedEvent
        permits PersonRegistered, SkillsDeclared, SkillEndorsed, ExpertiseVisibilityChanged, PersonAccessChanged,
        PersonNamesChanged, PersonMerged, PersonAccountChanged {

    String personId();
}
