package org.praxis.query.person;

import org.junit.jupiter.api.Test;
import org.praxis.events.person.ExpertiseVisibilityChanged;
import org.praxis.events.person.PersonMerged;
import org.praxis.events.person.PersonNamesChanged;
import org.praxis.events.person.PersonRegistered;
import org.praxis.events.person.SkillEndorsed;
import org.praxis.events.person.SkillsDeclared;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonChangesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aProfileIsFoldedFromItsEvents() {
        PersonEntry entry = null;
        entry = PersonChanges.apply(entry, new PersonRegistered("alice", "Alice Liddell", "system:accounts", T0));
        entry = PersonChanges.apply(entry, new SkillsDeclared("alice", Set.of("java"), "alice", T0.plusSeconds(1)));
        entry = PersonChanges.apply(entry, new SkillEndorsed("alice", "java", "bob", T0.plusSeconds(2)));
        entry = PersonChanges.apply(entry, new ExpertiseVisibilityChanged("alice", false, "alice", T0.plusSeconds(3)));

        assertThat(entry.skills()).containsExactly("java");
        assertThat(entry.endorsements()).extracting(PersonEntry.SkillEndorsement::endorser).containsExactly("bob");
        assertThat(entry.visibleAsExpert()).isFalse();
        assertThat(entry.registeredAt()).isEqualTo(T0);
        assertThat(entry.updatedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void otherNamesAndAddressesMakeThePersonKnownByTheirKeys() {
        PersonEntry entry = PersonChanges.apply(null, new PersonRegistered("alice", "Alice Liddell", "system:accounts",
                T0));
        entry = PersonChanges.apply(entry, new PersonNamesChanged("alice", Set.of("Liddell, A."),
                Set.of("alice@example.org"), "alice", T0.plusSeconds(1)));

        assertThat(entry.knownAs()).containsExactlyInAnyOrder("alice", "alice liddell", "a liddell",
                "alice@example.org");
        assertThat(entry.mergedInto()).isNull();
    }

    @Test
    void aMergedPersonPointsToWhomTheyWereMergedInto() {
        PersonEntry entry = PersonChanges.apply(null, new PersonRegistered("alice2", "Alice", "system:accounts", T0));
        entry = PersonChanges.apply(entry, new PersonMerged("alice2", "alice", "admin", T0.plusSeconds(1)));

        assertThat(entry.mergedInto()).isEqualTo("alice");
    }

    @Test
    void aChangeBeforeRegistrationIsAnError() {
        assertThatThrownBy(() -> PersonChanges.apply(null, new PersonMerged("ghost", "alice", "admin", T0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ghost");
    }
}
