package org.praxis.app.notification;

import org.praxis.events.discussion.DiscussedItem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a notification is about ({@code praxis_notification.item_type}): an item that can be discussed and watched,
 * or a knowledge gap, which a person hears of when asked to fill it and which they answer from the search page.
 */
public enum NotifiedItem {
    PRACTICE, LESSON, DOCUMENT, GAP;

    static NotifiedItem of(DiscussedItem item) {
        return valueOf(item.name());
    }

    /** The discussed item this is, empty for a gap. */
    Optional<DiscussedItem> discussed() {
        return this == GAP ? Optional.empty() : Optional.of(DiscussedItem.valueOf(name()));
    }

    /** Its address below {@code prefix} ({@code "/"} for pages, {@code "/api/"} for the API). */
    String address(String prefix, String id, String title) {
        return discussed().map(item -> prefix + item.path() + "/" + id)
                .orElseGet(() -> prefix + "search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    }
}
