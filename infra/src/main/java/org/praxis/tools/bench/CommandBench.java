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
 */
@Component
class CommandBench {

    private static final int CLIENTS = 4;

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    CommandBench(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    record Result(int perClient, double commandsPerSecond, double insertsPerSecond) {
    }

    Result run(int perClient) throws Exception {
        double viaCommands = concurrently(perClient, i -> commands.sendAndWait(new DraftPracticeCommand(
                UUID.randomUUID().toString(), "Benchmark practice " + i, "Do it the same way every time.",
                Set.of("bench"), null, List.of(), "bench")));
        jdbc.execute("create table bench_rows (id varchar(36) primary key, title varchar(300), body varchar(4000))");
        try {
            double viaJdbc = concurrently(perClient, i -> jdbc.update(
                    "insert into bench_rows (id, title, body) values (?, ?, ?)", UUID.randomUUID().toString(),
                    "Benchmark practice " + i, "Do it the same way every time."));
            return new Result(perClient, viaCommands, viaJdbc);
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
