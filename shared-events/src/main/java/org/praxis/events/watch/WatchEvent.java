package org.praxis.events.watch;

import org.praxis.events.AuditedEvent;
import org.praxis.events.discussion.DiscussedItem;

/** A person started or stopped watching an item: hearing when it is revised, commented, verified or deprecated. */
public sealed interface WatchEvent extends AuditedEvent permits ItemWatched, ItemUnwatched {

    DiscussedItem item();

    String itemId();
}
