package org.praxis.app.notification;

import org.praxis.query.lesson.FollowUpsDue;
import org.praxis.query.lesson.LessonEntry;
import org.praxis.query.practice.PracticeEntry;
import org.praxis.query.practice.VerificationsDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reminders of what time brings due (issue 20): the curator who verified a published practice, and the person who
 * drafted it, hear that the verification runs out within {@link #AHEAD} (14 days), and again once it has run out, so
 * that someone verifies the practice again or revises it before people stop trusting it; the author of a lesson hears
 * on its follow-up day that it is time to record whether the change held. A round runs every
 * {@code praxis.reminders.interval} (an hour by default); each reminder is made once per person and verification or
 * follow-up, however many rounds see it. A verification that ran out, or a follow-up day that passed, more than
 * {@link #BEHIND} ago is no longer looked at.
 */
@Component
public class Reminders {

    static final Duration AHEAD = Duration.ofDays(14);
    static final Duration BEHIND = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final VerificationsDue verifications;
    private final FollowUpsDue followUps;
    private final NotificationRows rows;
    private final Clock clock;

    Reminders(VerificationsDue verifications, FollowUpsDue followUps, NotificationRows rows, Clock clock) {
        this.verifications = verifications;
        this.followUps = followUps;
        this.rows = rows;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${praxis.reminders.interval:1h}",
            initialDelayString = "${praxis.reminders.initial-delay:1m}")
    void remind() {
        int made = remindAt(clock.instant());
        if (made > 0) {
            log.info("Made {} reminder(s)", made);
        }
    }

    /** One round as of {@code now}; returns how many reminders were new. */
    public int remindAt(Instant now) {
        return verificationsAt(now) + followUpsAt(now);
    }

    private int followUpsAt(Instant now) {
        int made = 0;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (LessonEntry lesson : followUps.dueBetween(today.minusDays(BEHIND.toDays()), today)) {
            String summary = "reminds: today is the follow-up of '" + lesson.title() + "'; record whether the change "
                    + "held";
            String key = "reminder:" + NotificationReason.FOLLOW_UP_DUE + ":" + lesson.id() + ":" + lesson.followUpOn();
            if (rows.add(lesson.author(), NotificationReason.FOLLOW_UP_DUE, NotifiedItem.LESSON, lesson.id(),
                    NotificationRows.PRAXIS, summary, key, now, null)) {
                made++;
            }
        }
        return made;
    }

    private int verificationsAt(Instant now) {
        int made = 0;
        for (PracticeEntry practice : verifications.endingBetween(now.minus(BEHIND), now.plus(AHEAD))) {
            Optional<NotificationReason> reason = reminder(practice.verifiedUntil(), now);
            if (reason.isEmpty()) {
                continue;
            }
            String summary = summary(practice, reason.get());
            String key = "reminder:" + reason.get() + ":" + practice.id() + ":" + practice.verifiedUntil();
            Set<String> recipients = new LinkedHashSet<>();
            recipients.add(practice.author());
            if (practice.verifiedBy() != null) {
                recipients.add(practice.verifiedBy());
            }
            for (String recipient : recipients) {
                if (rows.add(recipient, reason.get(), NotifiedItem.PRACTICE, practice.id(), NotificationRows.PRAXIS,
                        summary, key, now, null)) {
                    made++;
                }
            }
        }
        return made;
    }

    /**
     * What to tell about a verification ending at {@code verifiedUntil}, as of {@code now}: that it ends soon
     * (within {@link #AHEAD}), that it has ended, or nothing yet.
     */
    static Optional<NotificationReason> reminder(Instant verifiedUntil, Instant now) {
        if (verifiedUntil == null || verifiedUntil.isAfter(now.plus(AHEAD))) {
            return Optional.empty();
        }
        return Optional.of(verifiedUntil.isAfter(now) ? NotificationReason.VERIFICATION_ENDING
                : NotificationReason.VERIFICATION_EXPIRED);
    }

    private static String summary(PracticeEntry practice, NotificationReason reason) {
        String day = practice.verifiedUntil().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return reason == NotificationReason.VERIFICATION_ENDING
                ? "reminds: the verification of '" + practice.title() + "' runs out on " + day
                + "; verify it again or revise it"
                : "reminds: the verification of '" + practice.title() + "' ran out on " + day
                + "; a curator verifies it again or it is revised or deprecated";
    }
}
