package org.praxis.query.person;

import org.junit.jupiter.api.Test;
import org.praxis.events.person.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    @Test
    void theWaysOneNameIsWrittenShareAKey() {
        assertThat(PersonNames.keys("Perlis, A. J.")).containsExactly("a j perlis");
        assertThat(PersonNames.keys("A.J. Perlis")).containsExactly("a j perlis");
        assertThat(PersonNames.keys("José  Müller")).isEqualTo(PersonNames.keys("Müller, Jose"));
        assertThat(PersonNames.keys("Jane Doe")).isNotEqualTo(PersonNames.keys("Jane Dow"));
    }

    @Test
    void anEmailAddressIsAKeyOfItsOwn() {
        assertThat(PersonNames.keys("Bugs Bunny <Bugs.Bunny@acme.com>"))
                .containsExactly("bugs.bunny@acme.com", "bugs bunny");
        assertThat(PersonNames.keys("jdoe@example.org")).containsExactly("jdoe@example.org");
        assertThat(EmailAddress.matches(" jdoe@example.org ")).isTrue();
        assertThat(EmailAddress.matches("Jane Doe")).isFalse();
    }

    @Test
    void aNameThatMatchesNoAccountIsAPersonKnownFromDocuments() {
        assertThat(PersonNames.knownFromDocuments("Perlis, A. J.")).contains("author:a-j-perlis");
        assertThat(PersonNames.knownFromDocuments("Bugs Bunny <Bugs.Bunny@acme.com>")).contains("author:bugs-bunny");
        assertThat(PersonNames.knownFromDocuments("--")).isEmpty();
        assertThat(PersonNames.isKnownFromDocuments("author:a-j-perlis")).isTrue();
        assertThat(PersonNames.isKnownFromDocuments("jdoe")).isFalse();
    }
}
