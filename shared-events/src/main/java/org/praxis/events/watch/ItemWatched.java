package org.praxis.events.watch;

import org.axonframework.serialization.Revision;
import org.praxis.events.discussion.DiscussedItem;

import java.time.Instant;

/** {@code actor} watches the item from now on (its author does from the start, without this event). */
@Revision("1")
public record ItemWatched(DiscussedItem item, String itemId, String actor, Instant occurredAt) implements WatchEvent {
}
