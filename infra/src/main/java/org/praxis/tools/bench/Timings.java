package org.praxis.tools.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** Durations measured in one run, in milliseconds, and their percentiles. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Seconds since {@code startNanos} (a {@link System#nanoTime()}), never zero. */
    static double secondsSince(long startNanos) {
        return secondsBetween(startNanos, System.nanoTime());
    }

    /** Seconds from {@code startNanos} to {@code endNanos} (both {@link System#nanoTime()}), never zero. */
    static double secondsBetween(long startNanos, long endNanos) {
        return Math.max(1e-6, (endNanos - startNanos) / 1e9);
    }

    /**
     * Waits until {@code condition} holds, checking every {@code pollMillis}; fails when {@code giveUpSeconds}
     * have passed since {@code startNanos}, naming {@code what} did not finish.
     */
    static void awaitUntil(long startNanos, long giveUpSeconds, long pollMillis, String what,
                           BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (secondsSince(startNanos) > giveUpSeconds) {
                throw new IllegalStateException(what + " did not finish within " + giveUpSeconds + " s");
            }
            Thread.sleep(pollMillis);
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }
}
