package org.praxis.command.person;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RuleViolation;
import org.praxis.events.person.ExpertiseVisibilityChanged;
import org.praxis.events.person.PersonAccessChanged;
import org.praxis.events.person.PersonMerged;
import org.praxis.events.person.PersonNamesChanged;
import org.praxis.events.person.AccountChange;
import org.praxis.events.person.PersonAccountChanged;
import org.praxis.events.person.PersonRegistered;
import org.praxis.events.person.SkillEndorsed;
import org.praxis.events.person.SkillsDeclared;

import java.time.Instant;
import java.util.Set;

class PersonTest {

    private static final String ID = "alice";

    private AggregateTestFixture<Person> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        now = fixture.currentTime();
    }

    @Test
    void registeringRecordsThePersonsName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand(ID, "  Alice Liddell  ", "system:accounts"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonRegistered(ID, "Alice Liddell", "system:accounts", now));
    }

    @Test
    void aPersonWithoutANameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPersonCommand(ID, "  ", "system:accounts"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void declaredSkillsAreNormalised() {
        fixture.given(registered())
                .when(new DeclareSkillsCommand(ID, Set.of(" Java ", "KOTLIN", " "), ID))
                .expectEvents(new SkillsDeclared(ID, Set.of("java", "kotlin"), ID, now));
    }

    @Test
    void declaringTheSameSkillsAgainRecordsNothing() {
        fixture.given(registered(), skillsDeclared())
                .when(new DeclareSkillsCommand(ID, Set.of("Kotlin ", " JAVA"), ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void declaringOtherSkillsReplacesTheList() {
        fixture.given(registered(), skillsDeclared())
                .when(new DeclareSkillsCommand(ID, Set.of("java", "sql"), ID))
                .expectEvents(new SkillsDeclared(ID, Set.of("java", "sql"), ID, now));
    }

    @Test
    void nobodyDeclaresSkillsForSomeoneElse() {
        fixture.given(registered())
                .when(new DeclareSkillsCommand(ID, Set.of("java"), "bob"))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void aColleagueCanEndorseADeclaredSkill() {
        fixture.given(registered(), skillsDeclared())
                .when(new EndorseSkillCommand(ID, " Java ", "bob"))
                .expectEvents(new SkillEndorsed(ID, "java", "bob", now));
    }

    @Test
    void nobodyEndorsesTheirOwnSkills() {
        fixture.given(registered(), skillsDeclared())
                .when(new EndorseSkillCommand(ID, "java", ID))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aSkillThePersonHasNotDeclaredCannotBeEndorsed() {
        fixture.given(registered(), skillsDeclared())
                .when(new EndorseSkillCommand(ID, "cobol", "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aColleagueEndorsesASkillOnlyOnce() {
        fixture.given(registered(), skillsDeclared(), new SkillEndorsed(ID, "java", "bob", now))
                .when(new EndorseSkillCommand(ID, "JAVA", "bob"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherColleagueCanStillEndorseTheSameSkill() {
        fixture.given(registered(), skillsDeclared(), new SkillEndorsed(ID, "java", "bob", now))
                .when(new EndorseSkillCommand(ID, "java", "carol"))
                .expectEvents(new SkillEndorsed(ID, "java", "carol", now));
    }

    @Test
    void aPersonCanOptOutOfExpertSearch() {
        fixture.given(registered())
                .when(new ChangeExpertiseVisibilityCommand(ID, false, ID))
                .expectEvents(new ExpertiseVisibilityChanged(ID, false, ID, now));
    }

    @Test
    void aPersonCanOptBackIntoExpertSearch() {
        fixture.given(registered(), new ExpertiseVisibilityChanged(ID, false, ID, now))
                .when(new ChangeExpertiseVisibilityCommand(ID, true, ID))
                .expectEvents(new ExpertiseVisibilityChanged(ID, true, ID, now));
    }

    @Test
    void choosingTheCurrentVisibilityAgainRecordsNothing() {
        fixture.given(registered())
                .when(new ChangeExpertiseVisibilityCommand(ID, true, ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(registered(), new ExpertiseVisibilityChanged(ID, false, ID, now))
                .when(new ChangeExpertiseVisibilityCommand(ID, false, ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onlyThePersonDecidesWhetherTheyAreFoundAsAnExpert() {
        fixture.given(registered())
                .when(new ChangeExpertiseVisibilityCommand(ID, false, "bob"))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    private PersonRegistered registered() {
        return new PersonRegistered(ID, "Alice Liddell", "system:accounts", now);
    }

    @Test
    void anAdminsChangeOfRolesAndGroupsIsRecordedWithWhoMadeIt() {
        fixture.given(registered())
                .when(new ChangePersonAccessCommand(ID, Set.of("READER"), Set.of("hr"), "admin"))
                .expectEvents(new PersonAccessChanged(ID, Set.of("READER"), Set.of("hr"), "admin", now));
    }

    @Test
    void grantingTheSameAccessAgainRecordsNothing() {
        fixture.given(registered(), new PersonAccessChanged(ID, Set.of("READER"), Set.of("hr"), "admin", now))
                .when(new ChangePersonAccessCommand(ID, Set.of("READER"), Set.of("hr"), "admin"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private SkillsDeclared skillsDeclared() {
        return new SkillsDeclared(ID, Set.of("java", "kotlin"), ID, now);
    }

    @Test
    void aPersonListsTheOtherSpellingsOfTheirNameAndTheirEmailAddresses() {
        fixture.given(registered())
                .when(new ChangeNamesCommand(ID, Set.of(" Liddell, A. "), Set.of("Alice@Example.ORG"), ID))
                .expectEvents(new PersonNamesChanged(ID, Set.of("Liddell, A."), Set.of("alice@example.org"), ID, now));
    }

    @Test
    void onlyThePersonChangesTheirNamesAndOnlyWithRealAddresses() {
        fixture.given(registered())
                .when(new ChangeNamesCommand(ID, Set.of("Liddell, A."), Set.of(), "bob"))
                .expectException(NotAllowed.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(new ChangeNamesCommand(ID, Set.of(), Set.of("alice at example"), ID))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(new ChangeNamesCommand(ID, Set.of("1984"), Set.of(), ID))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aNameMergedInByAnAdminIsAddedToTheOthers() {
        fixture.given(registered(), new PersonNamesChanged(ID, Set.of("A. Liddell"), Set.of(), ID, now))
                .when(new AddNameCommand(ID, "Liddell, Alice P.", "admin"))
                .expectEvents(new PersonNamesChanged(ID, Set.of("A. Liddell", "Liddell, Alice P."), Set.of(), "admin",
                        now));
        fixture.given(registered())
                .when(new AddNameCommand(ID, "a.liddell@example.org", "admin"))
                .expectEvents(new PersonNamesChanged(ID, Set.of(), Set.of("a.liddell@example.org"), "admin", now));
    }

    @Test
    void aPersonIsMergedIntoAnotherOnceAndNeverIntoThemselves() {
        fixture.given(registered())
                .when(new MergePersonCommand(ID, "alice2", "admin"))
                .expectEvents(new PersonMerged(ID, "alice2", "admin", now));
        fixture.given(registered())
                .when(new MergePersonCommand(ID, ID, "admin"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(registered(), new PersonMerged(ID, "alice2", "admin", now))
                .when(new MergePersonCommand(ID, "alice3", "admin"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(ID + " was merged into alice2")
                .expectNoEvents();
    }

    @Test
    void aPasswordIsChangedByItsOwnerAndResetBySomeoneElse() {
        PersonRegistered registered = new PersonRegistered(ID, "Alice Liddell", "system:accounts", now);
        fixture.given(registered).when(new ChangeAccountCommand(ID, AccountChange.PASSWORD_CHANGED, ID))
                .expectEvents(new PersonAccountChanged(ID, AccountChange.PASSWORD_CHANGED, ID, now));
        fixture.given(registered).when(new ChangeAccountCommand(ID, AccountChange.PASSWORD_RESET, "admin"))
                .expectEvents(new PersonAccountChanged(ID, AccountChange.PASSWORD_RESET, "admin", now));
        fixture.given(registered).when(new ChangeAccountCommand(ID, AccountChange.PASSWORD_CHANGED, "admin"))
                .expectException(NotAllowed.class).expectNoEvents();
        fixture.given(registered).when(new ChangeAccountCommand(ID, AccountChange.PASSWORD_RESET, ID))
                .expectException(NotAllowed.class).expectNoEvents();
    }

    @Test
    void anAccountIsDisabledAndEnabledBySomeoneElseOnceEach() {
        PersonRegistered registered = new PersonRegistered(ID, "Alice Liddell", "system:accounts", now);
        PersonAccountChanged disabled = new PersonAccountChanged(ID, AccountChange.DISABLED, "admin", now);
        fixture.given(registered).when(new ChangeAccountCommand(ID, AccountChange.DISABLED, "admin"))
                .expectEvents(disabled);
        fixture.given(registered, disabled).when(new ChangeAccountCommand(ID, AccountChange.DISABLED, "admin"))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(registered, disabled).when(new ChangeAccountCommand(ID, AccountChange.ENABLED, "admin"))
                .expectEvents(new PersonAccountChanged(ID, AccountChange.ENABLED, "admin", now));
        fixture.given(registered).when(new ChangeAccountCommand(ID, AccountChange.ENABLED, "admin"))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(registered).when(new ChangeAccountCommand(ID, AccountChange.DISABLED, ID))
                .expectException(NotAllowed.class).expectNoEvents();
    }
}
