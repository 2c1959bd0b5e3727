package org.praxis.platform.eventstore;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.practice.DraftPracticeCommand;
import org.praxis.query.IndexNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.created;
import static org.awaitility.Awaitility.await;

/**
 * Events become visible in the event store out of order: a transaction takes its global index, stays
 * open while later events commit and are processed, and commits afterwards; another rolls back and
 * leaves a hole for good. Processors must neither skip the late event nor stall on the hole.
 */
class EventStoreGapsIT extends PraxisIT {

    private static final Duration HELD_AFTER_LATER_EVENTS_WERE_PROCESSED = Duration.ofSeconds(5);

    @Autowired
    private CommandGateway commands;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private IndexNames names;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStorageEngine storage;

    private final ExecutorService longTransactions = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        longTransactions.shutdownNow();
    }

    @Test
    void an_event_committed_after_later_ones_were_processed_is_processed_too() throws Exception {
        Api author = withToken(admin());
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        String late = UUID.randomUUID().toString();
        Future<?> longTransaction = longTransactions.submit(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    commands.sendAndWait(draft(late));
                    appended.countDown();
                    awaitQuietly(commit);
                }));
        assertThat(appended.await(30, TimeUnit.SECONDS)).as("the long transaction appended its event").isTrue();

        List<String> later = IntStream.range(0, 5).mapToObj(i -> created(author.post("/api/practices",
                Map.of("title", "Later practice " + i, "body", "Committed while an earlier event was open.")))).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> later.stream().allMatch(this::projected));
        await("not projected while its transaction is open").during(HELD_AFTER_LATER_EVENTS_WERE_PROCESSED)
                .atMost(HELD_AFTER_LATER_EVENTS_WERE_PROCESSED.plusSeconds(5)).until(() -> !projected(late));

        commit.countDown();
        longTransaction.get(30, TimeUnit.SECONDS);
        assertThat(globalIndex(late)).as("the late event sits before the later ones in the event store")
                .isLessThan(later.stream().mapToLong(this::globalIndex).min().orElseThrow());
        await().atMost(Duration.ofSeconds(60)).until(() -> projected(late));
    }

    @Test
    void a_hole_left_by_a_rolled_back_transaction_does_not_stall_processing() throws Exception {
        Api author = withToken(admin());
        String rolledBack = UUID.randomUUID().toString();
        longTransactions.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            commands.sendAndWait(draft(rolledBack));
            status.setRollbackOnly();
        })).get(30, TimeUnit.SECONDS);

        List<String> after = IntStream.range(0, 3).mapToObj(i -> created(author.post("/api/practices",
                Map.of("title", "After the hole " + i, "body", "Committed after a rolled back event.")))).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> after.stream().allMatch(this::projected));
        assertThat(projected(rolledBack)).isFalse();
        assertThat(author.get("/api/practices/" + rolledBack).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void a_token_with_a_gap_reads_the_gap_then_what_follows_its_index_and_nothing_it_has_seen() {
        List<String> drafted = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID().toString())
                .peek(id -> commands.sendAndWait(draft(id))).toList();
        // seen up to the third; the first was still open then, the second was read
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(globalIndex(drafted.get(2)),
                Set.of(globalIndex(drafted.get(0))));

        List<String> read = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> next = events.iterator();
            while (next.hasNext() && !read.contains(drafted.get(4))) {
                if (next.next() instanceof DomainEventMessage<?> event) {
                    read.add(event.getAggregateIdentifier());
                }
            }
        }

        assertThat(read).as("the gap first, then only events after the token's index")
                .startsWith(drafted.get(0)).contains(drafted.get(3), drafted.get(4))
                .doesNotContain(drafted.get(1), drafted.get(2));
    }

    private static DraftPracticeCommand draft(String id) {
        return new DraftPracticeCommand(id, "Practice of a long transaction", "Appended, then held open.", Set.of(),
                null, List.of(), "admin");
    }

    private long globalIndex(String aggregateId) {
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    private boolean projected(String practiceId) {
        try {
            return elasticsearch.exists(e -> e.index(names.alias(IndexNames.PRACTICES)).id(practiceId)).value();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
