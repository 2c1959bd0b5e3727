package org.praxis.tools.imports;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line for the terminal: a bar, files done of all, the rate and the time left. On a
 * terminal it redraws one line; in a log it prints a line every {@link #LOG_EVERY} files.
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final int LOG_EVERY = 50;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final int total;
    private final long started;

    Progress(PrintStream out, boolean terminal, int total, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    void advance(int done) {
        if (terminal) {
            out.print("\r" + line(done));
            if (done == total) {
                out.println();
            }
        } else if (done % LOG_EVERY == 0 || done == total) {
            out.println(line(done));
        }
        out.flush();
    }

    String line(int done) {
        double seconds = Math.max(1e-3, (nanoTime.getAsLong() - started) / 1e9);
        double rate = done / seconds;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String eta = rate <= 0 ? "--:--" : clock(Duration.ofSeconds((long) ((total - done) / rate)));
        return "[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " files · "
                + String.format(Locale.ROOT, "%.1f", rate) + " files/s · ETA " + eta;
    }

    private static String clock(Duration left) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", left.toHours(), left.toMinutesPart(),
                left.toSecondsPart());
    }
}
