package org.praxis.platform.eventstore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 key per data subject, kept in the event store's database ({@code praxis_data_key}).
 * Destroying a subject's key makes its personal data in every stored event unreadable for good.
 * Keys read are remembered for {@link #REMEMBERED} at most, so an erasure on another instance
 * takes effect here within that time, and {@link #REMEMBERED_KEYS} of them at most, so that a replay of every
 * document's events does not keep a key for each in memory.
 */
public class DataKeys {

    static final Duration REMEMBERED = Duration.ofSeconds(10);
    static final int REMEMBERED_KEYS = 100_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, SecretKey> remembered;

    public DataKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.remembered = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(REMEMBERED_KEYS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** The subject's key; empty once it was destroyed (or never made). */
    Optional<SecretKey> find(String subject) {
        SecretKey known = remembered.getIfPresent(subject);
        if (known != null) {
            return Optional.of(known);
        }
        List<byte[]> secrets = jdbc.query("select secret from praxis_data_key where subject_id = ?",
                (row, index) -> row.getBytes(1), subject);
        if (secrets.isEmpty()) {
            return Optional.empty();
        }
        SecretKey key = new SecretKeySpec(secrets.get(0), "AES");
        remembered.put(subject, key);
        return Optional.of(key);
    }

    /** Whether the subject still has its key: a document without one was erased. */
    public boolean holds(String subject) {
        return find(subject).isPresent();
    }

    /** The subject's key, made now if it has none (an erased document refuses every change, so needs none). */
    SecretKey findOrCreate(String subject) {
        return find(subject).orElseGet(() -> create(subject));
    }

    private SecretKey create(String subject) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        jdbc.update("insert into praxis_data_key (subject_id, secret, created_at) values (?, ?, ?)",
                subject, secret, Timestamp.from(clock.instant()));
        // not remembered: the insert may still roll back with the transaction that made it
        return new SecretKeySpec(secret, "AES");
    }

    /** Destroys the subject's key for good. */
    public void destroy(String subject) {
        jdbc.update("delete from praxis_data_key where subject_id = ?", subject);
        remembered.invalidate(subject);
    }
}
