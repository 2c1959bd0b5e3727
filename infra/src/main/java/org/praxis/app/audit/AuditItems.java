package org.praxis.app.audit;

import org.praxis.app.discussion.DiscussedItems;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.audit.AuditRecord;
import org.praxis.query.audit.EventTypes;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an audit row is about, as a title and a link: a practice, lesson or document by its current title (when the
 * reader may see it), a person by their username; a discussion's row names the item discussed.
 */
@Component
class AuditItems {

    /** An item of an audit row: its title now and the page showing it (null when there is none). */
    record Item(String title, String page) {
    }

    private final DiscussedItems items;

    AuditItems(DiscussedItems items) {
        this.items = items;
    }

    /** The item of each record, looked up once per item; {@code cache} is kept by the caller for one page. */
    Item of(AuditRecord record, PraxisUser reader, Map<String, Item> cache) {
        return cache.computeIfAbsent(record.aggregateId(), id -> resolve(record, reader));
    }

    private Item resolve(AuditRecord record, PraxisUser reader) {
        String id = record.aggregateId();
        EventTypes.About about = EventTypes.named(record.type()).map(EventTypes.EventType::about).orElse(null);
        if (about == null) {
            return new Item(id, null);
        }
        return switch (about) {
            case DOCUMENT -> discussed(DiscussedItem.DOCUMENT, id, reader);
            case PRACTICE -> discussed(DiscussedItem.PRACTICE, id, reader);
            case LESSON -> discussed(DiscussedItem.LESSON, id, reader);
            case DISCUSSION -> discussion(id, reader);
            case PERSON -> new Item(id, "/people/" + id);
            case GAP -> new Item("a knowledge gap", null);
            case WATCHLIST -> new Item("what " + id.substring(id.indexOf(':') + 1) + " watches", null);
        };
    }

    /** {@code discussion:{practice|lesson|document}:{itemId}}: the item discussed. */
    private Item discussion(String id, PraxisUser reader) {
        String[] parts = id.split(":", 3);
        if (parts.length < 3) {
            return new Item(id, null);
        }
        return discussed(DiscussedItem.valueOf(parts[1].toUpperCase(Locale.ROOT)), parts[2], reader);
    }

    private Item discussed(DiscussedItem item, String id, PraxisUser reader) {
        Optional<String> title = items.title(item, id, reader);
        String kind = item.name().toLowerCase(Locale.ROOT);
        return title.map(shown -> new Item(shown, "/" + item.path() + "/" + id))
                .orElseGet(() -> new Item("a " + kind + " no longer there", null));
    }
}
