package org.praxis.platform.eventstore;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.crypto.SecretKey;

import static org.assertj.core.api.Assertions.assertThat;

class DataKeysTest {

    private JdbcTemplate jdbc;
    private final MovingClock clock = new MovingClock();

    @BeforeEach
    void setUp() {
        jdbc = DataKeyTable.inMemory();
    }

    @Test
    void an_erasure_on_another_instance_takes_effect_here_once_the_remembered_key_expires() {
        DataKeys here = new DataKeys(jdbc, clock);
        DataKeys there = new DataKeys(jdbc, clock);
        SecretKey made = here.findOrCreate("doc-1");
        assertThat(here.find("doc-1")).contains(made);

        there.destroy("doc-1");

        assertThat(here.holds("doc-1")).isTrue();
        clock.advanceMillis(DataKeys.REMEMBERED.toMillis() + 1);
        assertThat(here.holds("doc-1")).isFalse();
    }

    @Test
    void a_key_whose_insert_was_rolled_back_is_not_remembered() {
        DataKeys keys = new DataKeys(jdbc, clock);
        keys.findOrCreate("doc-2");

        jdbc.update("delete from praxis_data_key where subject_id = ?", "doc-2");

        assertThat(keys.find("doc-2")).isEmpty();
    }

    private static final class MovingClock extends Clock {
        private long millis = Instant.parse("2026-12-01T09:00:00Z").toEpochMilli();

        void advanceMillis(long delta) {
            millis += delta;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
