package org.praxis.command.person;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RequiredText;
import org.praxis.command.common.RuleViolation;
import org.praxis.command.common.Tags;
import org.praxis.events.person.ExpertiseVisibilityChanged;
import org.praxis.events.person.PersonAccessChanged;
import org.praxis.events.person.PersonRegistered;
import org.praxis.events.person.SkillEndorsed;
import org.praxis.events.person.SkillsDeclared;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's profile for expertise location: the skills they declare, colleagues' endorsements of
 * them, whether they want to be found as an expert at all, and the roles and groups an admin gave them.
 */
@Aggregate
class Person {

    @AggregateIdentifier
    private String personId;
    private Set<String> skills = Set.of();
    private final Set<String> endorsements = new HashSet<>();
    private boolean visible = true;
    private Set<String> roles = Set.of();
    private Set<String> groups = Set.of();

    Person() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Person(RegisterPersonCommand command) {
        apply(new PersonRegistered(command.personId(), RequiredText.of(command.name(), "a name", 200),
                command.actor(), now()));
    }

    @CommandHandler
    void handle(DeclareSkillsCommand command) {
        requireSelf(command.actor(), "declare skills");
        Set<String> declared = Tags.normalise(command.skills());
        if (!declared.equals(skills)) {
            apply(new SkillsDeclared(personId, declared, command.actor(), now()));
        }
    }

    @CommandHandler
    void handle(EndorseSkillCommand command) {
        if (personId.equals(command.actor())) {
            throw new RuleViolation("people cannot endorse their own skills");
        }
        String skill = RequiredText.of(command.skill(), "a skill", 64).toLowerCase(Locale.ROOT);
        if (!skills.contains(skill)) {
            throw new RuleViolation(personId + " has not declared the skill '" + skill + "'");
        }
        if (endorsements.contains(endorsement(command.actor(), skill))) {
            throw new RuleViolation(command.actor() + " has already endorsed " + personId + " for " + skill);
        }
        apply(new SkillEndorsed(personId, skill, command.actor(), now()));
    }

    @CommandHandler
    void handle(ChangeExpertiseVisibilityCommand command) {
        requireSelf(command.actor(), "change whether they are found as an expert");
        if (command.visible() != visible) {
            apply(new ExpertiseVisibilityChanged(personId, command.visible(), command.actor(), now()));
        }
    }

    @CommandHandler
    void handle(ChangePersonAccessCommand command) {
        if (!command.roles().equals(roles) || !command.groups().equals(groups)) {
            apply(new PersonAccessChanged(personId, command.roles(), command.groups(), command.actor(), now()));
        }
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
    }

    @EventSourcingHandler
    void on(SkillsDeclared event) {
        skills = event.skills();
    }

    @EventSourcingHandler
    void on(SkillEndorsed event) {
        endorsements.add(endorsement(event.actor(), event.skill()));
    }

    @EventSourcingHandler
    void on(ExpertiseVisibilityChanged event) {
        visible = event.visible();
    }

    @EventSourcingHandler
    void on(PersonAccessChanged event) {
        roles = event.roles();
        groups = event.groups();
    }

    private static String endorsement(String endorser, String skill) {
        return endorser + "\n" + skill;
    }

    private void requireSelf(String actor, String action) {
        if (!personId.equals(actor)) {
            throw new NotAllowed("only " + personId + " may " + action);
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
