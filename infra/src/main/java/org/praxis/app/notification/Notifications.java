package org.praxis.app.notification;

import org.praxis.app.discussion.DiscussedItems;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.gap.GapEntry;
import org.praxis.query.gap.GapQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's notifications, newest first, with only the items they may see now: a notification about a document
 * they may not see (never could, or no longer can) is left out of the list and of the unread count, as if it had
 * never been made. The {@value #KEPT} newest are considered.
 */
@Component
public class Notifications {

    static final int KEPT = 500;

    private final JdbcTemplate jdbc;
    private final DiscussedItems items;
    private final GapQueries gaps;
    private final Clock clock;

    Notifications(JdbcTemplate jdbc, DiscussedItems items, GapQueries gaps, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** One page of the person's notifications and how many of all those shown are unread. */
    public record Inbox(int unread, int total, int page, int size, List<NotificationView> notifications) {
    }

    private record Stored(long id, NotificationReason reason, NotifiedItem item, String itemId, String actor,
                          String summary, Instant at, boolean read) {

        NotificationView shown(String title) {
            return new NotificationView(id, reason, item, itemId, title, item.address("/api/", itemId, title), actor,
                    summary, at, read);
        }
    }

    public Inbox of(PraxisUser user, int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page counts from 0 and a page holds 1 to 100 notifications");
        }
        List<NotificationView> shown = shown(user, "");
        int unread = (int) shown.stream().filter(notification -> !notification.read()).count();
        List<NotificationView> onPage = shown.stream().skip((long) page * size).limit(size).toList();
        return new Inbox(unread, shown.size(), page, size, onPage);
    }

    /** The person's unread notifications not mailed yet, newest first, those about items they may see only. */
    public List<NotificationView> unmailed(PraxisUser user) {
        return shown(user, " and read_at is null and mailed_at is null");
    }

    /** Records that these notifications were mailed, so that they are never mailed again. */
    public void mailed(List<NotificationView> notifications, Instant at) {
        jdbc.batchUpdate("update praxis_notification set mailed_at = ? where id = ?", notifications.stream()
                .map(notification -> new Object[] {Timestamp.from(at), notification.id()}).toList());
    }

    /** The person's {@value #KEPT} newest notifications matching {@code condition}, with the items they may see. */
    private List<NotificationView> shown(PraxisUser user, String condition) {
        List<Stored> stored = jdbc.query("select id, reason, item_type, item_id, actor, summary, occurred_at, read_at "
                + "from praxis_notification where recipient = ?" + condition + " order by id desc limit " + KEPT,
                (row, index) -> new Stored(row.getLong("id"), NotificationReason.valueOf(row.getString("reason")),
                        NotifiedItem.valueOf(row.getString("item_type")), row.getString("item_id"),
                        row.getString("actor"), row.getString("summary"), row.getTimestamp("occurred_at").toInstant(),
                        row.getTimestamp("read_at") != null), user.getUsername());
        // one look-up per item, however many notifications it has
        Map<String, Optional<String>> titles = new HashMap<>();
        List<NotificationView> shown = new ArrayList<>();
        for (Stored notification : stored) {
            titles.computeIfAbsent(notification.item() + ":" + notification.itemId(),
                            key -> title(notification.item(), notification.itemId(), user))
                    .ifPresent(title -> shown.add(notification.shown(title)));
        }
        return shown;
    }

    /** The item's title now, empty when the person may not see it; a gap's is its question, shown to whom it was asked. */
    private Optional<String> title(NotifiedItem item, String id, PraxisUser user) {
        return item.discussed().map(discussed -> items.title(discussed, id, user))
                .orElseGet(() -> gaps.find(id).map(GapEntry::query));
    }

    /** How many of the person's notifications shown to them are unread (the bell on every page). */
    public int unread(PraxisUser user) {
        // on every page: only the unread rows are read, and only their items looked up
        return shown(user, " and read_at is null").size();
    }

    /**
     * Opens one of the person's notifications: marks it read and answers it, so that its item can be shown; empty
     * when they have none with that id, or it is about an item they may not see now.
     */
    public Optional<NotificationView> open(PraxisUser user, long id) {
        Optional<NotificationView> shown = shown(user, " and id = " + id).stream().findFirst();
        shown.ifPresent(notification -> read(user, id));
        return shown;
    }

    /** Marks one of the person's notifications read; empty when they have none with that id. */
    public Optional<Long> read(PraxisUser user, long id) {
        int updated = jdbc.update("update praxis_notification set read_at = coalesce(read_at, ?) "
                + "where id = ? and recipient = ?", Timestamp.from(clock.instant()), id, user.getUsername());
        return updated == 0 ? Optional.empty() : Optional.of(id);
    }

    public void readAll(PraxisUser user) {
        jdbc.update("update praxis_notification set read_at = ? where recipient = ? and read_at is null",
                Timestamp.from(clock.instant()), user.getUsername());
    }

    /** Whether the person watches the item now (an author does until they unwatch it). */
    public boolean watching(DiscussedItem item, String itemId, String username) {
        return Boolean.TRUE.equals(jdbc.query("select watching from praxis_watch where item_type = ? and item_id = ? "
                + "and username = ?", rows -> rows.next() ? rows.getBoolean(1) : null, item.name(), itemId, username));
    }
}
