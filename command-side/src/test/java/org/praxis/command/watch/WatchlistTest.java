package org.praxis.command.watch;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.events.watch.ItemUnwatched;
import org.praxis.events.watch.ItemWatched;

import java.time.Instant;

class WatchlistTest {

    private AggregateTestFixture<Watchlist> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Watchlist.class);
        now = fixture.currentTime();
    }

    @Test
    void watchingIsAChoiceRecordedOnceUntilItChanges() {
        fixture.givenNoPriorActivity()
                .when(WatchItemCommand.of(DiscussedItem.PRACTICE, "p1", "alice"))
                .expectEvents(new ItemWatched(DiscussedItem.PRACTICE, "p1", "alice", now));
        fixture.given(new ItemWatched(DiscussedItem.PRACTICE, "p1", "alice", now))
                .when(WatchItemCommand.of(DiscussedItem.PRACTICE, "p1", "alice"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(new ItemWatched(DiscussedItem.PRACTICE, "p1", "alice", now))
                .when(UnwatchItemCommand.of(DiscussedItem.PRACTICE, "p1", "alice"))
                .expectEvents(new ItemUnwatched(DiscussedItem.PRACTICE, "p1", "alice", now));
        fixture.given(new ItemUnwatched(DiscussedItem.PRACTICE, "p1", "alice", now))
                .when(UnwatchItemCommand.of(DiscussedItem.PRACTICE, "p1", "alice"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void unwatchingWhatOneWroteIsRecordedThoughItWasNeverChosen() {
        fixture.givenNoPriorActivity()
                .when(UnwatchItemCommand.of(DiscussedItem.LESSON, "l1", "alice"))
                .expectEvents(new ItemUnwatched(DiscussedItem.LESSON, "l1", "alice", now));
    }

    @Test
    void nobodyChangesSomeoneElsesWatchlist() {
        fixture.givenNoPriorActivity()
                .when(new WatchItemCommand(Watchlist.idOf("alice"), DiscussedItem.LESSON, "l1", "mallory"))
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }
}
