package org.praxis.platform.eventstore;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.events.document.DocumentArchived;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.DocumentUploaded;
import org.praxis.events.document.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealingSerializerTest {

    private static final String HASH = "ab".repeat(32);

    private JdbcTemplate jdbc;
    private DataKeys keys;
    private Serializer serializer;

    @BeforeEach
    void setUp() {
        jdbc = DataKeyTable.inMemory();
        keys = new DataKeys(jdbc, Clock.systemUTC());
        serializer = new SealingSerializer(new EventStoreConfiguration().serializer(), keys);
    }

    @Test
    void personal_values_are_stored_encrypted_and_read_back_whole() {
        DocumentUploaded uploaded = uploaded("doc-1");

        SerializedObject<String> stored = serializer.serialize(uploaded, String.class);

        assertThat(stored.getData()).doesNotContain("Salary review", "jane-doe.pdf", "hr-case", "Project Orion", HASH)
                .contains("\"documentId\":\"doc-1\"", "application/pdf", "\"actor\":\"alice\"");
        DocumentUploaded read = serializer.deserialize(stored);
        assertThat(read).isEqualTo(uploaded);
    }

    @Test
    void once_the_key_is_destroyed_personal_values_read_as_empty_and_the_facts_remain() {
        SerializedObject<String> stored = serializer.serialize(uploaded("doc-2"), String.class);

        keys.destroy("doc-2");
        DocumentUploaded read = serializer.deserialize(stored);

        assertThat(read.title()).isEmpty();
        assertThat(read.tags()).isEmpty();
        assertThat(read.project()).isEmpty();
        assertThat(read.content().fileName()).isEmpty();
        assertThat(read.content().contentHash()).isEmpty();
        assertThat(read.content().size()).isEqualTo(1234);
        assertThat(read.actor()).isEqualTo("alice");
        assertThat(read.occurredAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
    }

    @Test
    void each_document_has_its_own_key() {
        SerializedObject<String> first = serializer.serialize(uploaded("doc-3"), String.class);
        SerializedObject<String> second = serializer.serialize(uploaded("doc-4"), String.class);

        keys.destroy("doc-3");

        assertThat(((DocumentUploaded) serializer.deserialize(first)).title()).isEmpty();
        assertThat(((DocumentUploaded) serializer.deserialize(second)).title()).isEqualTo("Salary review");
    }

    @Test
    void sealed_values_cannot_be_moved_to_another_document() {
        SerializedObject<String> stored = serializer.serialize(uploaded("doc-5"), String.class);
        serializer.serialize(uploaded("doc-6"), String.class);
        jdbc.update("update praxis_data_key set secret = (select secret from praxis_data_key where subject_id = 'doc-5') "
                + "where subject_id = 'doc-6'");
        String moved = stored.getData().replace("\"documentId\":\"doc-5\"", "\"documentId\":\"doc-6\"");

        assertThatThrownBy(() -> serializer.deserialize(
                        new SimpleSerializedObject<>(moved, String.class, stored.getType())))
                .hasMessageContaining("does not match its key");
    }

    @Test
    void events_without_personal_data_need_no_key() {
        DocumentArchived archived = new DocumentArchived("doc-7", "alice", Instant.parse("2026-01-05T10:00:00Z"));

        SerializedObject<String> stored = serializer.serialize(archived, String.class);

        assertThat((DocumentArchived) serializer.deserialize(stored)).isEqualTo(archived);
        assertThat(jdbc.queryForObject("select count(*) from praxis_data_key", Integer.class)).isZero();
    }

    private static DocumentUploaded uploaded(String id) {
        return new DocumentUploaded(id, "Salary review", new DocumentContent(1, HASH, 1234, "application/pdf",
                "jane-doe.pdf"), Set.of("hr-case"), "Project Orion", Visibility.privateTo(), "alice",
                Instant.parse("2026-01-05T10:00:00Z"));
    }
}
