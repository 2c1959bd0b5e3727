package org.praxis.tools.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.practice.DraftPracticeCommand;
import org.praxis.events.practice.PracticeDrafted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Commands with four concurrent clients (each a practice drafted: aggregate, event, event store
 * transaction) against the same number of plain JDBC inserts of the same rows: the event row a drafted practice
 * stores (its payload, metadata and types, copied from the last one drafted off the clock, with new identifiers),
 * one per transaction, into a scratch table with the event table's columns and keys. Both sides first run a
 * fifth as many untimed, as the ingest does (compiled code on both sides), and each starts once the event
 * processors have caught up: the inserts do not share the machine with the projection of the drafted practices.
 */
@Component
class CommandBench {

    private static final int CLIENTS = 4;

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final QuietProcessors quiet;

    CommandBench(CommandGateway commands, JdbcTemplate jdbc, QuietProcessors quiet) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.quiet = quiet;
    }

    record Result(int rows, double commandsPerSecond, double insertsPerSecond) {
    }

    /** Both rates in rows per second, over {@code rows} commands and as many inserts (four clients, each its share). */
    Result run(int perClient) throws Exception {
        IntConsumer draft = i -> commands.sendAndWait(new DraftPracticeCommand(UUID.randomUUID().toString(),
                "Benchmark practice " + i, "Do it the same way every time.", Set.of("bench"), null, List.of(),
                "bench"));
        int warmUp = Math.max(1, perClient / 5);
        concurrently(warmUp, draft);
        try {
            createEventTableCopy();
            IntConsumer insert = sameEventRows();
            concurrently(warmUp, insert);
            quiet.await();
            double viaCommands = concurrently(perClient, draft);
            quiet.await();
            double viaJdbc = concurrently(perClient, insert);
            return new Result(CLIENTS * perClient, viaCommands, viaJdbc);
        } finally {
            jdbc.execute("drop table if exists bench_events");
        }
    }

    /** {@code bench_events}: the event table's columns, primary key and unique keys, empty (H2 and PostgreSQL). */
    private void createEventTableCopy() {
        jdbc.execute("create table bench_events as select * from domain_event_entry with no data");
        jdbc.execute("alter table bench_events alter column global_index set not null");
        jdbc.execute("alter table bench_events add primary key (global_index)");
        jdbc.execute("alter table bench_events add unique (event_identifier)");
        jdbc.execute("alter table bench_events add unique (aggregate_identifier, sequence_number)");
    }

    /** An insert of the last drafted practice's event row, each time with a new global index and new identifiers. */
    private IntConsumer sameEventRows() {
        Map<String, Object> drafted = jdbc.queryForMap("select payload_type, payload_revision, time_stamp, type, "
                + "meta_data, payload from domain_event_entry where payload_type = ? order by global_index desc "
                + "fetch first 1 rows only", PracticeDrafted.class.getName());
        AtomicLong globalIndex = new AtomicLong();
        return i -> jdbc.update("insert into bench_events (global_index, sequence_number, aggregate_identifier, "
                        + "event_identifier, payload_type, payload_revision, time_stamp, type, meta_data, payload) "
                        + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)", globalIndex.incrementAndGet(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), drafted.get("payload_type"),
                drafted.get("payload_revision"), drafted.get("time_stamp"), drafted.get("type"),
                drafted.get("meta_data"), drafted.get("payload"));
    }

    private static double concurrently(int perClient, IntConsumer work) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Callable<Void>> tasks = IntStream.range(0, CLIENTS).<Callable<Void>>mapToObj(c -> () -> {
                for (int i = 0; i < perClient; i++) {
                    work.accept(c * perClient + i);
                }
                return null;
            }).toList();
            for (Future<Void> done : clients.invokeAll(tasks)) {
                done.get();
            }
            return CLIENTS * perClient / Timings.secondsSince(start);
        } finally {
            clients.shutdownNow();
        }
    }
}
