package org.praxis.app.notification;

import org.praxis.platform.web.Conflict;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Each person's {@link NotificationSettings} ({@code praxis_notification_setting}) and when they were last sent
 * notifications. A person's own preference, not a change to the knowledge base, so not an event (ADR 20).
 */
@Component
class MailSettings {

    /** Someone to send notifications to: their settings and when they were last sent some (null: never). */
    record Recipient(String username, String email, NotificationSettings.Delivery delivery, Instant lastSentAt) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mail;

    MailSettings(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.mail = mail;
    }

    /** Whether this server sends e-mail: {@code spring.mail.host} is set. */
    boolean mailAvailable() {
        return mail.getIfAvailable() != null;
    }

    NotificationSettings of(String username) {
        return jdbc.query("select email, delivery from praxis_notification_setting where username = ?",
                rows -> rows.next() ? new NotificationSettings(rows.getString("email"),
                        NotificationSettings.Delivery.valueOf(rows.getString("delivery")), mailAvailable())
                        : new NotificationSettings(null, NotificationSettings.Delivery.NONE, mailAvailable()),
                username);
    }

    /**
     * Saves the person's choice.
     *
     * @throws IllegalArgumentException when the address is missing or malformed
     * @throws Conflict when e-mail delivery is asked for and this server sends none
     */
    NotificationSettings save(String username, String email, NotificationSettings.Delivery delivery) {
        NotificationSettings settings = NotificationSettings.checked(email, delivery, mailAvailable());
        if (delivery != NotificationSettings.Delivery.NONE && !mailAvailable()) {
            throw new Conflict("this server sends no e-mail: an administrator sets "
                    + "spring.mail.host first");
        }
        jdbc.update("delete from praxis_notification_setting where username = ?", username);
        jdbc.update("insert into praxis_notification_setting (username, email, delivery) values (?, ?, ?)",
                username, settings.email(), settings.delivery().name());
        return settings;
    }

    List<Recipient> recipients() {
        return jdbc.query("select username, email, delivery, last_sent_at from praxis_notification_setting "
                        + "where delivery <> ? and email is not null", (row, index) -> new Recipient(
                        row.getString("username"), row.getString("email"),
                        NotificationSettings.Delivery.valueOf(row.getString("delivery")),
                        row.getTimestamp("last_sent_at") == null ? null : row.getTimestamp("last_sent_at").toInstant()),
                NotificationSettings.Delivery.NONE.name());
    }

    void sent(String username, Instant at) {
        jdbc.update("update praxis_notification_setting set last_sent_at = ? where username = ?", Timestamp.from(at),
                username);
    }
}
