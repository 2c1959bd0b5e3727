package org.praxis.platform.abuse;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a user, an address): each may spend {@code capacity} requests a {@code period}, in bursts
 * of up to that many; the bucket refills evenly. Kept in memory, so each instance counts on its own.
 */
final class RateLimit {

    private final int capacity;
    private final double periodNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimit(int capacity, Duration period, LongSupplier nanoTime) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least 1 request in a period of some length");
        }
        this.capacity = capacity;
        this.periodNanos = period.toNanos();
        this.nanoTime = nanoTime;
    }

    /** {@code perMinute} requests a minute. */
    static RateLimit perMinute(int perMinute, LongSupplier nanoTime) {
        return new RateLimit(perMinute, Duration.ofMinutes(1), nanoTime);
    }

    /** Takes one request from {@code key}'s bucket: empty if it may go ahead, else how long to wait. */
    Optional<Duration> take(String key) {
        return bucket(key).take(nanoTime.getAsLong(), true);
    }

    /** Whether {@code key} may make a request now, without spending one: empty if so, else how long to wait. */
    Optional<Duration> peek(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? Optional.empty() : bucket.take(nanoTime.getAsLong(), false);
    }

    private Bucket bucket(String key) {
        return buckets.computeIfAbsent(key, name -> new Bucket(nanoTime.getAsLong()));
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(long now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized Optional<Duration> take(long now, boolean spend) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * capacity / periodNanos);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= spend ? 1 : 0;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) * periodNanos / capacity)));
        }
    }
}
