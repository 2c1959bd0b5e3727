package org.praxis.tools.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.practice.DraftPracticeCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Commands with four concurrent clients (each a practice drafted: aggregate, event, event store
 * transaction) against the same number of plain JDBC inserts of the same rows into a scratch table.
 * Both sides first run a fifth as many untimed, as the ingest does (compiled code on both sides), and each
 * starts once the event processors have caught up: the inserts do not share the machine with the
 * projection of the drafted practices.
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
        IntConsumer insert = i -> jdbc.update("insert into bench_rows (id, title, body) values (?, ?, ?)",
                UUID.randomUUID().toString(), "Benchmark practice " + i, "Do it the same way every time.");
        int warmUp = Math.max(1, perClient / 5);
        jdbc.execute("create table bench_rows (id varchar(36) primary key, title varchar(300), body varchar(4000))");
        try {
            concurrently(warmUp, draft);
            concurrently(warmUp, insert);
            quiet.await();
            double viaCommands = concurrently(perClient, draft);
            quiet.await();
            double viaJdbc = concurrently(perClient, insert);
            return new Result(CLIENTS * perClient, viaCommands, viaJdbc);
        } finally {
            jdbc.execute("drop table bench_rows");
        }
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
