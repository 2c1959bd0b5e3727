package org.praxis.app.discussion;

import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.query.document.DocumentQueries;
import org.praxis.query.lesson.LessonQueries;
import org.praxis.query.practice.PracticeQueries;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a person may see the item a discussion is about, and so its discussion: practices and lessons are open to
 * everyone signed in, a document to those its visibility names. An item the person may not see is reported as not
 * found, exactly like one that does not exist.
 */
@Component
class DiscussedItems {

    private final PracticeQueries practices;
    private final LessonQueries lessons;
    private final DocumentQueries documents;

    DiscussedItems(PracticeQueries practices, LessonQueries lessons, DocumentQueries documents) {
        this.practices = practices;
        this.lessons = lessons;
        this.documents = documents;
    }

    /** The item named by its API path segment ({@code practices}, {@code lessons}, {@code documents}). */
    static DiscussedItem ofPath(String path) {
        return Arrays.stream(DiscussedItem.values()).filter(item -> item.path().equals(path)).findFirst()
                .orElseThrow(() -> new NotFound(path.toLowerCase(Locale.ROOT)));
    }

    /** @throws NotFound when there is no such item or the person may not see it */
    void requireVisible(DiscussedItem item, String id, PraxisUser user) {
        boolean visible = switch (item) {
            case PRACTICE -> practices.current(id).isPresent();
            case LESSON -> lessons.find(id).isPresent();
            case DOCUMENT -> documents.find(id, user.viewer()).isPresent();
        };
        if (!visible) {
            throw new NotFound(item.name().toLowerCase(Locale.ROOT));
        }
    }
}
