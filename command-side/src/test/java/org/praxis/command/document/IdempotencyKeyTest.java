package org.praxis.command.document;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {

    @Test
    void theSameKeyOfTheSamePersonAlwaysNamesTheSameDocument() {
        IdempotencyKey key = new IdempotencyKey("4f1c9a0e-upload-7");

        assertThat(key.documentIdFor("alice")).isEqualTo(new IdempotencyKey("4f1c9a0e-upload-7").documentIdFor("alice"));
        assertThat(UUID.fromString(key.documentIdFor("alice")).version()).isEqualTo(3);
    }

    @Test
    void anotherPersonsEqualKeyNamesAnotherDocument() {
        IdempotencyKey key = new IdempotencyKey("4f1c9a0e-upload-7");

        assertThat(key.documentIdFor("bob")).isNotEqualTo(key.documentIdFor("alice"));
        assertThat(new IdempotencyKey("4f1c9a0e-upload-8").documentIdFor("alice")).isNotEqualTo(key.documentIdFor("alice"));
    }

    @Test
    void aKeyIsOneTo255VisibleAsciiCharacters() {
        assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
        assertThat(IdempotencyKey.ofNullable(null)).isNull();
        for (String bad : new String[] {"", " ", "two words", "k".repeat(256), "schlüssel", "line\nbreak"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Idempotency-Key");
        }
    }
}
