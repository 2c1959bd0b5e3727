package org.praxis.app.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationRemindersTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aVerificationEndingWithinFourteenDaysIsRemindedOfAsEndingSoon() {
        assertThat(VerificationReminders.reminder(NOW.plus(Duration.ofDays(14)), NOW))
                .contains(NotificationReason.VERIFICATION_ENDING);
        assertThat(VerificationReminders.reminder(NOW.plusSeconds(1), NOW))
                .contains(NotificationReason.VERIFICATION_ENDING);
    }

    @Test
    void aVerificationEndingLaterIsNotRemindedOfYet() {
        assertThat(VerificationReminders.reminder(NOW.plus(Duration.ofDays(14)).plusSeconds(1), NOW)).isEmpty();
        assertThat(VerificationReminders.reminder(null, NOW)).as("never verified").isEmpty();
    }

    @Test
    void aVerificationThatHasEndedIsRemindedOfAsExpired() {
        assertThat(VerificationReminders.reminder(NOW, NOW)).contains(NotificationReason.VERIFICATION_EXPIRED);
        assertThat(VerificationReminders.reminder(NOW.minus(Duration.ofDays(3)), NOW))
                .contains(NotificationReason.VERIFICATION_EXPIRED);
    }
}
