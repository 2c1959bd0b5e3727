package org.praxis.query.history;

import org.praxis.events.discussion.CommentEdited;
import org.praxis.events.discussion.CommentPosted;
import org.praxis.events.discussion.CommentRemoved;
import org.praxis.events.discussion.DiscussionEvent;

import java.util.Locale;

/** A one-line, human description of a discussion event, naming the item it is about. */
final class DiscussionEventSummary {

    private static final int QUOTED = 100;

    private DiscussionEventSummary() {
    }

    static String of(DiscussionEvent event) {
        String item = event.item().name().toLowerCase(Locale.ROOT) + " " + event.itemId();
        if (event instanceof CommentPosted e) {
            return (e.replyTo() == null ? "commented on " : "replied to a comment on ") + item + ": '"
                    + quoted(e.text()) + "'";
        } else if (event instanceof CommentEdited e) {
            return "edited a comment on " + item + ": '" + quoted(e.text()) + "'";
        } else if (event instanceof CommentRemoved) {
            return "removed a comment on " + item;
        }
        return event.getClass().getSimpleName();
    }

    private static String quoted(String text) {
        String stripped = text.strip();
        return stripped.length() <= QUOTED ? stripped : stripped.substring(0, QUOTED) + "…";
    }
}
