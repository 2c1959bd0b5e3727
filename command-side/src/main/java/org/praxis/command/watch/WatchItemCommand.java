package org.praxis.command.watch;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.discussion.DiscussedItem;

/** {@code username} watches the item; made with {@link #of}, which names the person's watchlist. */
public record WatchItemCommand(@TargetAggregateIdentifier String watchlistId, DiscussedItem item, String itemId,
                               String username) {

    public static WatchItemCommand of(DiscussedItem item, String itemId, String username) {
        return new WatchItemCommand(Watchlist.idOf(username), item, itemId, username);
    }
}
