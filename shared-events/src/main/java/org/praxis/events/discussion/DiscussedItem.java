package org.praxis.events.discussion;

import java.util.Locale;

/** What a discussion is about: a practice, a lesson or a document, named in the API by its plural path segment. */
public enum DiscussedItem {
    PRACTICE, LESSON, DOCUMENT;

    /** The item's API path segment: {@code practices}, {@code lessons}, {@code documents}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT) + "s";
    }

    /** The id of the discussion of one item; distinct from every other aggregate's id. */
    public String discussionOf(String itemId) {
        return "discussion:" + name().toLowerCase(Locale.ROOT) + ":" + itemId;
    }
}
