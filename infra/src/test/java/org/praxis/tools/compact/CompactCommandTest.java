package org.praxis.tools.compact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compaction of the embedded event store, on an H2 file written as the server writes it: one durable commit
 * at a time ({@code WRITE_DELAY=0}), which leaves the file many times the size of its data.
 */
class CompactCommandTest {

    private static final int ROWS = 1_000;

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_stopped_store_shrinks_to_its_live_data_and_keeps_every_row() throws Exception {
        writeCommitByCommit();
        long before = Files.size(file());

        assertThat(compact("--data-dir", dataDir.toString())).isZero();

        assertThat(Files.size(file())).isLessThan(before / 4);
        assertThat(text(out)).startsWith("event store compacted: " + file()).contains(" MB before, ", " MB after, in ");
        try (Connection connection = open(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*), sum(length(payload)) from events")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(ROWS);
            assertThat(rows.getLong(2)).isEqualTo(ROWS * 400L);
        }
    }

    @Test
    void a_store_open_in_another_process_is_left_alone_with_the_reason() throws Exception {
        writeCommitByCommit();
        Process running = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), "org.h2.tools.Shell", "-url", url(), "-user", "praxis")
                .redirectErrorStream(true).start();
        try {
            awaitPrompt(running);
            long opened = Files.size(file());

            assertThat(compact("--data-dir", dataDir.toString())).isEqualTo(1);
            assertThat(Files.size(file())).isEqualTo(opened);
        } finally {
            running.destroy();
            running.waitFor();
        }

        assertThat(text(err)).contains("is open: stop Praxis first", "Nothing was changed");
    }

    @Test
    void a_folder_without_a_store_is_named_and_nothing_is_created() throws Exception {
        assertThat(compact("--data-dir", dataDir.toString())).isEqualTo(2);

        assertThat(text(err)).contains("No embedded event store at " + file());
        assertThat(dataDir.resolve("eventstore")).doesNotExist();
    }

    @Test
    void an_unknown_argument_prints_the_usage() throws Exception {
        assertThat(compact("--datadir", dataDir.toString())).isEqualTo(2);

        assertThat(text(err)).contains("Usage: java -jar praxis.jar compact [--data-dir <folder>]");
    }

    private void writeCommitByCommit() throws Exception {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("create table events (id bigint primary key, payload blob)");
            try (PreparedStatement insert = connection.prepareStatement("insert into events values (?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setLong(1, i);
                    insert.setBytes(2, new byte[400]);
                    insert.executeUpdate();
                }
            }
        }
    }

    private Connection open() throws Exception {
        return DriverManager.getConnection(url(), "praxis", "");
    }

    private String url() {
        return "jdbc:h2:file:" + dataDir.resolve("eventstore/praxis").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    /** H2's shell prompts once it has opened the store, and holds it open until its input ends. */
    private static void awaitPrompt(Process shell) throws Exception {
        StringBuilder seen = new StringBuilder();
        InputStream output = shell.getInputStream();
        for (int next = output.read(); next >= 0; next = output.read()) {
            seen.append((char) next);
            if (seen.toString().endsWith("sql> ")) {
                return;
            }
        }
        throw new AssertionError("H2's shell ended before opening the store: " + seen);
    }

    private Path file() {
        return dataDir.resolve("eventstore/praxis.mv.db").toAbsolutePath();
    }

    private int compact(String... args) throws Exception {
        return CompactCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
