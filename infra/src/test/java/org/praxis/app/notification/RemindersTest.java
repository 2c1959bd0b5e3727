package org.praxis.app.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RemindersTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aVerificationEndingWithinFourteenDaysIsRemindedOfAsEndingSoon() {
        assertThat(Reminders.reminder(NOW.plus(Duration.ofDays(14)), NOW))
                .contains(NotificationReason.VERIFICATION_ENDING);
        assertThat(Reminders.reminder(NOW.plusSeconds(1), NOW))
                .contains(NotificationReason.VERIFICATION_ENDING);
    }

    @Test
    void aVerificationEndingLaterIsNotRemindedOfYet() {
        assertThat(Reminders.reminder(NOW.plus(Duration.ofDays(14)).plusSeconds(1), NOW)).isEmpty();
        assertThat(Reminders.reminder(null, NOW)).as("never verified").isEmpty();
    }

    @Test
    void aVerificationThatHasEndedIsRemindedOfAsExpired() {
        assertThat(Reminders.reminder(NOW, NOW)).contains(NotificationReason.VERIFICATION_EXPIRED);
        assertThat(Reminders.reminder(NOW.minus(Duration.ofDays(3)), NOW))
                .contains(NotificationReason.VERIFICATION_EXPIRED);
    }
}
