package org.praxis.events.discussion;

import org.axonframework.serialization.Revision;
import org.praxis.events.DataSubject;
import org.praxis.events.PersonalData;

import java.time.Instant;
import java.util.List;

/** Its author rewrote a comment: the new Markdown {@code text} and the people it now mentions. */
@Revision("1")
public record CommentEdited(
        DiscussedItem item,
        @DataSubject String itemId,
        String commentId,
        @PersonalData String text,
        List<String> mentions,
        String actor,
        Instant occurredAt) implements DiscussionEvent {

    public CommentEdited {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
