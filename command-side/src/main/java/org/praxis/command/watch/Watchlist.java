package org.praxis.command.watch;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.watch.ItemUnwatched;
import org.praxis.events.watch.ItemWatched;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What one person chose to watch or stop watching. Saying the same twice records nothing: watching is a state the
 * person sets ({@code PUT}/{@code DELETE …/watch}), not a counter. The items one wrote are watched without a choice
 * until one unwatches them; that default lives with the notifications, which know who wrote what.
 */
@Aggregate
class Watchlist {

    @AggregateIdentifier
    private String watchlistId;
    /** The choices made so far: true for watching, false for stopped. */
    private final Map<String, Boolean> choices = new HashMap<>();

    Watchlist() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** The id of a person's watchlist; distinct from every other aggregate's id. */
    static String idOf(String username) {
        return "watchlist:" + username;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WatchItemCommand command) {
        requireOwn(command.watchlistId(), command.username());
        if (!Boolean.TRUE.equals(choices.get(key(command.item(), command.itemId())))) {
            apply(new ItemWatched(command.item(), command.itemId(), command.username(),
                    GenericEventMessage.clock.instant()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UnwatchItemCommand command) {
        requireOwn(command.watchlistId(), command.username());
        if (!Boolean.FALSE.equals(choices.get(key(command.item(), command.itemId())))) {
            apply(new ItemUnwatched(command.item(), command.itemId(), command.username(),
                    GenericEventMessage.clock.instant()));
        }
    }

    private static void requireOwn(String watchlistId, String username) {
        if (username == null || !idOf(username).equals(watchlistId)) {
            throw new IllegalArgumentException("a person changes only their own watchlist");
        }
    }

    @EventSourcingHandler
    void on(ItemWatched event) {
        watchlistId = idOf(event.actor());
        choices.put(key(event.item(), event.itemId()), true);
    }

    @EventSourcingHandler
    void on(ItemUnwatched event) {
        watchlistId = idOf(event.actor());
        choices.put(key(event.item(), event.itemId()), false);
    }

    private static String key(DiscussedItem item, String itemId) {
        return item.name() + ":" + itemId;
    }
}
