package org.praxis.tools.compact;

import org.h2.api.ErrorCode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * {@code praxis.jar compact [--data-dir <folder>]}: compacts the embedded default's H2 event store
 * ({@code <data-dir>/eventstore/praxis.mv.db}, the data folder defaulting to {@code ./data} as the server's
 * {@code praxis.data-dir} does) while Praxis is stopped. Praxis commits every upload durably at once
 * ({@code WRITE_DELAY=0}, ADR 12), and at that setting H2 does not compact the file while it is open (h2database
 * issue 442), so the file grows by about 90 KB per document (ADR 19); H2's {@code SHUTDOWN COMPACT} rewrites it to
 * its live data: a compacted copy written beside the file then moved over it in one atomic rename (H2 2.3's
 * {@code Store.close}), so an interrupted compaction leaves the old file whole; it needs free space for the copy.
 * Prints the file's size before and after, in MB, and the time taken. Exit codes: 0 compacted,
 * 1 the store is open (Praxis runs) or could not be compacted, 2 no store there.
 */
public final class CompactCommand {

    static final String USAGE = "Usage: java -jar praxis.jar compact [--data-dir <folder>] (with Praxis stopped)";

    /** The store's file under the data folder: the server's default {@code spring.datasource.url} names it. */
    private static final String STORE = "eventstore/praxis";

    private CompactCommand() {
    }

    public static int run(String[] args) throws SQLException, IOException {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws SQLException, IOException {
        Path dataDir = Path.of("./data");
        if (args.length == 2 && args[0].equals("--data-dir")) {
            dataDir = Path.of(args[1]);
        } else if (args.length != 0) {
            err.println(USAGE);
            return 2;
        }
        Path store = dataDir.resolve(STORE).toAbsolutePath();
        Path file = Path.of(store + ".mv.db");
        if (!Files.isRegularFile(file)) {
            err.println("No embedded event store at " + file + ". " + USAGE + "; an event store on PostgreSQL "
                    + "reclaims its space itself (autovacuum).");
            return 2;
        }
        long before = Files.size(file);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + store
                + ";IFEXISTS=TRUE;AUTO_SERVER=FALSE", "praxis", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                err.println("The event store " + file + " is open: stop Praxis first (systemctl stop praxis, or "
                        + "Ctrl-C), then compact. Nothing was changed.");
                return 1;
            }
            throw e;
        }
        out.printf(Locale.ROOT, "event store compacted: %s, %.1f MB before, %.1f MB after, in %.1f s%n", file,
                before / 1e6, Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
