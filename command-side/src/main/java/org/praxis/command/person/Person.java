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
import org.praxis.events.person.AccountChange;
import org.praxis.events.person.EmailAddress;
import org.praxis.events.person.ExpertiseVisibilityChanged;
import org.praxis.events.person.PersonAccessChanged;
import org.praxis.events.person.PersonAccountChanged;
import org.praxis.events.person.PersonMerged;
import org.praxis.events.person.PersonNamesChanged;
import org.praxis.events.person.PersonRegistered;
import org.praxis.events.person.SkillEndorsed;
import org.praxis.events.person.SkillsDeclared;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's profile for expertise location: the skills they declare, colleagues' endorsements of
 * them, whether they want to be found as an expert at all, the other ways their name is written and their
 * e-mail addresses (so that files naming them count as theirs), the roles and groups an admin gave them, and
 * whether an admin merged them into someone else.
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
    private Set<String> names = Set.of();
    private Set<String> emails = Set.of();
    private String mergedInto;
    private boolean disabled;

    static final int MAX_NAMES = 20;
    static final int MAX_NAME_LENGTH = 80;

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

    /**
     * A password is changed by its owner and reset by someone else (an admin); an account is disabled or enabled by
     * someone else, never twice in a row, so an admin can never lock themself out.
     *
     * @throws NotAllowed    when the owner resets their own password or disables their own account, or someone else
     *                       changes the password
     * @throws RuleViolation when the account is already in the state asked for
     */
    @CommandHandler
    void handle(ChangeAccountCommand command) {
        boolean own = personId.equals(command.actor());
        switch (command.change()) {
            case PASSWORD_CHANGED -> requireSelf(command.actor(), "choose this password");
            case PASSWORD_RESET -> {
                if (own) {
                    throw new NotAllowed("change your own password instead of resetting it");
                }
            }
            case DISABLED -> {
                if (own) {
                    throw new NotAllowed("you cannot disable your own account");
                }
                if (disabled) {
                    throw new RuleViolation(personId + " is disabled already");
                }
            }
            case ENABLED -> {
                if (!disabled) {
                    throw new RuleViolation(personId + " is enabled already");
                }
            }
        }
        apply(new PersonAccountChanged(personId, command.change(), command.actor(), now()));
    }

    @CommandHandler
    void handle(ChangeNamesCommand command) {
        requireSelf(command.actor(), "change the names they are known by");
        changeNames(names(command.names()), emails(command.emails()), command.actor());
    }

    @CommandHandler
    void handle(AddNameCommand command) {
        requireNotMerged();
        String name = RequiredText.of(command.name(), "a name", MAX_NAME_LENGTH);
        if (EmailAddress.matches(name)) {
            changeNames(names, emails(union(emails, name)), command.actor());
        } else {
            changeNames(names(union(names, name)), emails, command.actor());
        }
    }

    @CommandHandler
    void handle(MergePersonCommand command) {
        requireNotMerged();
        String into = RequiredText.of(command.into(), "the person to merge into", 200);
        if (into.equals(personId)) {
            throw new RuleViolation("a person cannot be merged into themselves");
        }
        apply(new PersonMerged(personId, into, command.actor(), now()));
    }

    private void changeNames(Set<String> newNames, Set<String> newEmails, String actor) {
        if (!newNames.equals(names) || !newEmails.equals(emails)) {
            apply(new PersonNamesChanged(personId, newNames, newEmails, actor, now()));
        }
    }

    private static Set<String> names(Set<String> given) {
        Set<String> checked = new LinkedHashSet<>();
        for (String name : given == null ? Set.<String>of() : given) {
            String stripped = RequiredText.of(name, "a name", MAX_NAME_LENGTH);
            if (stripped.chars().noneMatch(Character::isLetter)) {
                throw new IllegalArgumentException("a name needs a letter: '" + stripped + "'");
            }
            checked.add(stripped);
        }
        return limited(checked, "names");
    }

    private static Set<String> emails(Set<String> given) {
        Set<String> checked = new LinkedHashSet<>();
        for (String email : given == null ? Set.<String>of() : given) {
            String stripped = RequiredText.of(email, "an e-mail address", MAX_NAME_LENGTH).toLowerCase(Locale.ROOT);
            if (!EmailAddress.matches(stripped)) {
                throw new IllegalArgumentException("not an e-mail address: '" + stripped + "'");
            }
            checked.add(stripped);
        }
        return limited(checked, "e-mail addresses");
    }

    private static Set<String> limited(Set<String> values, String what) {
        if (values.size() > MAX_NAMES) {
            throw new IllegalArgumentException("at most " + MAX_NAMES + " " + what);
        }
        return values;
    }

    private static Set<String> union(Set<String> values, String value) {
        Set<String> union = new LinkedHashSet<>(values);
        union.add(value);
        return union;
    }

    private void requireNotMerged() {
        if (mergedInto != null) {
            throw new RuleViolation(personId + " was merged into " + mergedInto);
        }
    }

    @EventSourcingHandler
    void on(PersonNamesChanged event) {
        names = event.names();
        emails = event.emails();
    }

    @EventSourcingHandler
    void on(PersonMerged event) {
        mergedInto = event.into();
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
    void on(PersonAccountChanged event) {
        if (event.change() == AccountChange.DISABLED || event.change() == AccountChange.ENABLED) {
            disabled = event.change() == AccountChange.DISABLED;
        }
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
