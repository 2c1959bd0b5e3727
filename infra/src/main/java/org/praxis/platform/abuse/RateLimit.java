package org.praxis.platform.abuse;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per user: each may spend {@code perMinute} requests a minute, in bursts of up to
 * that many; the bucket refills evenly. Kept in memory, so each instance counts on its own.
 */
final class RateLimit {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimit(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit allows at least 1 request a minute");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from {@code user}'s bucket: empty if it may go ahead, else how long to wait. */
    Optional<Duration> take(String user) {
        return buckets.computeIfAbsent(user, name -> new Bucket(perMinute, nanoTime.getAsLong()))
                .take(nanoTime.getAsLong());
    }

    private static final class Bucket {

        private final int capacity;
        private double tokens;
        private long refilledAt;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized Optional<Duration> take(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * capacity / NANOS_PER_MINUTE);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) * NANOS_PER_MINUTE / capacity)));
        }
    }
}
