package org.praxis.command.watch;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.discussion.DiscussedItem;

/** {@code username} stops watching the item; made with {@link #of}, which names the person's watchlist. */
public record UnwatchItemCommand(@TargetAggregateIdentifier String watchlistId, DiscussedItem item, String itemId,
                                 String username) {

    public static UnwatchItemCommand of(DiscussedItem item, String itemId, String username) {
        return new UnwatchItemCommand(Watchlist.idOf(username), item, itemId, username);
    }
}
