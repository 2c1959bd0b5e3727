package org.praxis.app.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores notifications ({@code praxis_notification}): at most one per recipient and {@code key} (the event's
 * identifier, or a reminder's own key), so replays, retries and repeated reminder rounds add nothing.
 */
@Component
class NotificationRows {

    /** The actor of what nobody did: a reminder, a saved search's new result. */
    static final String PRAXIS = "Praxis";

    /** The longest summary kept ({@code praxis_notification.summary}); longer ones end with an ellipsis. */
    static final int MAX_SUMMARY = 600;

    private final JdbcTemplate jdbc;

    NotificationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A notification for {@code recipient} about the item, by {@code actor}, at {@code at}; already read at
     * {@code readAt} when not null.
     *
     * @return whether it is new (false when the recipient already has one with this key)
     */
    boolean add(String recipient, NotificationReason reason, NotifiedItem item, String itemId, String actor,
                String summary, String key, Instant at, Instant readAt) {
        return jdbc.update("insert into praxis_notification (recipient, reason, item_type, item_id, actor, summary, "
                        + "event_id, occurred_at, read_at) select ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists "
                        + "(select 1 from praxis_notification where recipient = ? and event_id = ?)",
                recipient, reason.name(), item.name(), itemId, actor,
                summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…", key,
                Timestamp.from(at), readAt == null ? null : Timestamp.from(readAt), recipient, key) == 1;
    }
}
