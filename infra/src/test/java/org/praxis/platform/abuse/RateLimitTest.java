package org.praxis.platform.abuse;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimit limit = RateLimit.perMinute(60, now::get);

    @Test
    void a_user_may_spend_a_whole_minute_in_one_burst_then_waits_for_the_next_request() {
        for (int i = 0; i < 60; i++) {
            assertThat(limit.take("ann")).as("request %d", i + 1).isEmpty();
        }
        assertThat(limit.take("ann")).contains(Duration.ofSeconds(1));
    }

    @Test
    void the_bucket_refills_evenly_but_never_beyond_one_minute() {
        for (int i = 0; i < 60; i++) {
            limit.take("ann");
        }
        now.addAndGet(Duration.ofMillis(2500).toNanos());
        assertThat(limit.take("ann")).isEmpty();
        assertThat(limit.take("ann")).isEmpty();
        assertThat(limit.take("ann")).hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofMillis(500)));

        now.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 60; i++) {
            assertThat(limit.take("ann")).isEmpty();
        }
        assertThat(limit.take("ann")).isPresent();
    }

    @Test
    void one_users_burst_does_not_slow_anyone_else() {
        for (int i = 0; i < 61; i++) {
            limit.take("ann");
        }
        assertThat(limit.take("ann")).isPresent();
        assertThat(limit.take("bob")).isEmpty();
    }

    @Test
    void a_peek_says_whether_a_request_may_go_ahead_without_spending_one() {
        RateLimit failures = new RateLimit(3, Duration.ofMinutes(15), now::get);
        assertThat(failures.peek("ann")).isEmpty();
        for (int i = 0; i < 3; i++) {
            assertThat(failures.peek("ann")).isEmpty();
            failures.take("ann");
        }
        assertThat(failures.peek("ann")).contains(Duration.ofMinutes(5));
        assertThat(failures.peek("ann")).as("peeking spends nothing").contains(Duration.ofMinutes(5));
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(failures.peek("ann")).isEmpty();
    }
}
