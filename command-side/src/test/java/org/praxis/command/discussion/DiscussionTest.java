package org.praxis.command.discussion;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.command.common.NotAllowed;
import org.praxis.command.common.RuleViolation;
import org.praxis.events.discussion.CommentEdited;
import org.praxis.events.discussion.CommentPosted;
import org.praxis.events.discussion.CommentRemoved;
import org.praxis.events.discussion.DiscussedItem;

import java.time.Instant;
import java.util.List;

class DiscussionTest {

    private static final String PRACTICE = "practice-1";
    private static final String ID = DiscussedItem.PRACTICE.discussionOf(PRACTICE);

    private AggregateTestFixture<Discussion> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Discussion.class);
        now = fixture.currentTime();
    }

    private CommentPosted posted(String commentId, String replyTo, String author) {
        return new CommentPosted(DiscussedItem.PRACTICE, PRACTICE, commentId, replyTo, "Text of " + commentId,
                List.of(), author, now);
    }

    @Test
    void theFirstCommentStartsTheDiscussionWithItsTextStrippedAndItsMentions() {
        fixture.givenNoPriorActivity()
                .when(new PostCommentCommand(ID, DiscussedItem.PRACTICE, PRACTICE, "c1", null,
                        "  Ask @bob first.  ", List.of("bob"), "alice"))
                .expectEvents(new CommentPosted(DiscussedItem.PRACTICE, PRACTICE, "c1", null, "Ask @bob first.",
                        List.of("bob"), "alice", now));
    }

    @Test
    void aReplyNamesACommentOfTheSameDiscussion() {
        fixture.given(posted("c1", null, "alice"))
                .when(new PostCommentCommand(ID, DiscussedItem.PRACTICE, PRACTICE, "c2", "c1", "Agreed.", List.of(),
                        "bob"))
                .expectEvents(new CommentPosted(DiscussedItem.PRACTICE, PRACTICE, "c2", "c1", "Agreed.", List.of(),
                        "bob", now));
        fixture.given(posted("c1", null, "alice"))
                .when(new PostCommentCommand(ID, DiscussedItem.PRACTICE, PRACTICE, "c2", "elsewhere", "Agreed.",
                        List.of(), "bob"))
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }

    @Test
    void aCommentIsAboutTheItemItsDiscussionBelongsTo() {
        fixture.givenNoPriorActivity()
                .when(new PostCommentCommand(ID, DiscussedItem.LESSON, PRACTICE, "c1", null, "Hi", List.of(), "alice"))
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }

    @Test
    void anEmptyCommentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PostCommentCommand(ID, DiscussedItem.PRACTICE, PRACTICE, "c1", null, "   ", List.of(),
                        "alice"))
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }

    @Test
    void onlyItsAuthorEditsOrRemovesAComment() {
        fixture.given(posted("c1", null, "alice"))
                .when(new EditCommentCommand(ID, "c1", "Better words.", List.of(), "alice"))
                .expectEvents(new CommentEdited(DiscussedItem.PRACTICE, PRACTICE, "c1", "Better words.", List.of(),
                        "alice", now));
        fixture.given(posted("c1", null, "alice"))
                .when(new EditCommentCommand(ID, "c1", "Not mine.", List.of(), "mallory"))
                .expectException(NotAllowed.class).expectNoEvents();
        fixture.given(posted("c1", null, "alice"))
                .when(new RemoveCommentCommand(ID, "c1", "mallory"))
                .expectException(NotAllowed.class).expectNoEvents();
        fixture.given(posted("c1", null, "alice"))
                .when(new RemoveCommentCommand(ID, "c1", "alice"))
                .expectEvents(new CommentRemoved(DiscussedItem.PRACTICE, PRACTICE, "c1", "alice", now));
    }

    @Test
    void aRemovedCommentStaysRemovedButCanStillBeRepliedTo() {
        CommentRemoved removed = new CommentRemoved(DiscussedItem.PRACTICE, PRACTICE, "c1", "alice", now);
        fixture.given(posted("c1", null, "alice"), removed)
                .when(new EditCommentCommand(ID, "c1", "Back again.", List.of(), "alice"))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(posted("c1", null, "alice"), removed)
                .when(new RemoveCommentCommand(ID, "c1", "alice"))
                .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(posted("c1", null, "alice"), removed)
                .when(new PostCommentCommand(ID, DiscussedItem.PRACTICE, PRACTICE, "c2", "c1", "Why removed?",
                        List.of(), "bob"))
                .expectSuccessfulHandlerExecution();
    }
}
