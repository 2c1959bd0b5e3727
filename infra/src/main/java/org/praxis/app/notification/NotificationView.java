package org.praxis.app.notification;

import java.time.Instant;

/**
 * One notification as its recipient reads it: why ({@code reason}), about which item ({@code itemType},
 * {@code itemId}, its current {@code itemTitle} and API {@code link}), who did what ({@code actor}, {@code summary}),
 * when, and whether it was read.
 */
public record NotificationView(long id, NotificationReason reason, NotifiedItem itemType, String itemId,
                               String itemTitle, String link, String actor, String summary, Instant at,
                               boolean read) {

    /** The item's page in the browser ({@code link} is its API address). */
    public String page() {
        return itemType.address("/", itemId, itemTitle);
    }
}
