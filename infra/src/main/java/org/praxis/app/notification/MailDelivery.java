package org.praxis.app.notification;

import org.praxis.platform.config.PraxisProperties;
import org.praxis.platform.security.Accounts;
import org.praxis.platform.security.PraxisUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends people their new notifications by e-mail (Spring Mail, {@code spring.mail.*}), as each chose
 * ({@link NotificationSettings}): every round (every {@code praxis.mail.interval}, a minute by default) for
 * {@code IMMEDIATE}, at most once a day as one digest for {@code DAILY}. A mail holds the unread notifications not
 * mailed before, about items the person may see at the moment of sending; each is mailed once. A mail that cannot
 * be sent is tried again next round. Nothing is sent when the server has no {@code spring.mail.host}.
 */
@Component
public class MailDelivery {

    static final Duration DIGEST_EVERY = Duration.ofDays(1);
    /** More new notifications than this in one mail would not be read: the rest wait on the notifications page. */
    static final int MAX_PER_MAIL = 50;

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MailSettings settings;
    private final Notifications notifications;
    private final Accounts accounts;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    MailDelivery(ObjectProvider<JavaMailSender> mail, MailSettings settings, Notifications notifications,
                 Accounts accounts, Clock clock, PraxisProperties properties) {
        this.mail = mail;
        this.settings = settings;
        this.notifications = notifications;
        this.accounts = accounts;
        this.clock = clock;
        this.from = properties.mail().from();
        this.baseUrl = properties.mail().baseUrl();
    }

    @Scheduled(fixedDelayString = "${praxis.mail.interval:1m}", initialDelayString = "${praxis.mail.interval:1m}")
    void deliver() {
        deliverAt(clock.instant());
    }

    /** One round as of {@code now}; returns how many mails were sent. */
    public int deliverAt(Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (MailSettings.Recipient recipient : settings.recipients()) {
            if (recipient.delivery() == NotificationSettings.Delivery.DAILY && recipient.lastSentAt() != null
                    && now.isBefore(recipient.lastSentAt().plus(DIGEST_EVERY))) {
                continue;
            }
            if (send(sender, recipient, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, MailSettings.Recipient recipient, Instant now) {
        Optional<PraxisUser> user = accounts.user(recipient.username());
        if (user.isEmpty()) {
            return false;
        }
        List<NotificationView> news = notifications.unmailed(user.get()).stream().limit(MAX_PER_MAIL).toList();
        if (news.isEmpty()) {
            return false;
        }
        try {
            sender.send(message(recipient, news));
        } catch (MailException e) {
            log.warn("Could not mail {} notification(s) to {}; trying again next round: {}", news.size(),
                    recipient.username(), e.getMessage());
            return false;
        }
        notifications.mailed(news, now);
        settings.sent(recipient.username(), now);
        return true;
    }

    private SimpleMailMessage message(MailSettings.Recipient recipient, List<NotificationView> news) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient.email());
        NotificationView first = news.get(0);
        message.setSubject(news.size() == 1 ? "Praxis: " + first.reason().words() + " — " + first.itemTitle()
                : "Praxis: " + news.size() + " new notifications"
                + (recipient.delivery() == NotificationSettings.Delivery.DAILY ? " today" : ""));
        StringBuilder text = new StringBuilder();
        for (NotificationView notification : news) {
            text.append(notification.reason().words()).append(": ").append(notification.itemTitle()).append('\n')
                    .append(notification.actor()).append(' ').append(notification.summary()).append('\n')
                    .append(baseUrl).append(notification.page()).append("\n\n");
        }
        text.append("All your notifications: ").append(baseUrl).append("/notifications\n")
                .append("Choose how you hear of them: PUT ").append(baseUrl).append("/api/me/notification-settings\n");
        message.setText(text.toString());
        return message;
    }
}
