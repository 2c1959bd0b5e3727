package org.praxis.app.discussion;

import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.document.DocumentEntry;
import org.praxis.query.document.DocumentQueries;
import org.praxis.query.lesson.LessonEntry;
import org.praxis.query.lesson.LessonQueries;
import org.praxis.query.practice.PracticeEntry;
import org.praxis.query.practice.PracticeQueries;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a person may see the item a discussion is about, and so its discussion: practices and lessons are open to
 * everyone signed in, a document to those its visibility names. An item the person may not see is reported as not
 * found, exactly like one that does not exist.
 */
@Component
public class DiscussedItems {

    private final PracticeQueries practices;
    private final LessonQueries lessons;
    private final DocumentQueries documents;

    DiscussedItems(PracticeQueries practices, LessonQueries lessons, DocumentQueries documents) {
        this.practices = practices;
        this.lessons = lessons;
        this.documents = documents;
    }

    /** The item named by its API path segment ({@code practices}, {@code lessons}, {@code documents}). */
    private static DiscussedItem ofPath(String path) {
        return Arrays.stream(DiscussedItem.values()).filter(item -> item.path().equals(path)).findFirst()
                .orElseThrow(() -> new NotFound(path.toLowerCase(Locale.ROOT)));
    }

    /**
     * The item named by its API path segment and id, when the person may see it.
     *
     * @throws NotFound when there is no such item or the person may not see it
     */
    public DiscussedItem visible(String path, String id, PraxisUser user) {
        DiscussedItem item = ofPath(path);
        if (title(item, id, user).isEmpty()) {
            throw new NotFound(item.name().toLowerCase(Locale.ROOT));
        }
        return item;
    }

    /** The item's title now; empty when there is no such item or the person may not see it. */
    public Optional<String> title(DiscussedItem item, String id, PraxisUser user) {
        return switch (item) {
            case PRACTICE -> practices.current(id).map(PracticeEntry::title);
            case LESSON -> lessons.find(id).map(LessonEntry::title);
            case DOCUMENT -> documents.find(id, user.viewer()).map(DocumentEntry::displayTitle);
        };
    }
}
