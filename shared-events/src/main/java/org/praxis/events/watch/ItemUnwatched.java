package org.praxis.events.watch;

import org.axonframework.serialization.Revision;
import org.praxis.events.discussion.DiscussedItem;

import java.time.Instant;

/** {@code actor} no longer watches the item, even one they wrote. */
@Revision("1")
public record ItemUnwatched(DiscussedItem item, String itemId, String actor, Instant occurredAt)
        implements WatchEvent {
}
