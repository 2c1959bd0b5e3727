package org.praxis;

import org.praxis.app.PraxisApplication;
import org.praxis.tools.bench.BenchCommand;
import org.praxis.tools.compact.CompactCommand;
import org.praxis.tools.eval.EvalCommand;
import org.praxis.tools.imports.ImportCommand;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code java -jar praxis.jar [command]}: with no argument (or {@code serve}) runs the server
 * ({@link PraxisApplication}); {@code import <folder>} brings a folder tree into a running Praxis;
 * {@code eval <collection-folder>} scores search quality on a test collection; {@code bench [--quick]}
 * prints performance ratios against baselines measured in the same run; {@code compact} shrinks the embedded event
 * store's file while Praxis is stopped. Nothing depends on this class.
 */
public final class Praxis {

    private static final String USAGE = "Usage: java -jar praxis.jar [serve] [--property=value ...]"
            + " | import <folder> [--url …] [--user …] | eval <collection-folder | folder of collections> [--run <folder>]"
            + " [--ablation] | bench [--quick] | compact [--data-dir <folder>]";

    private Praxis() {
    }

    public static void main(String[] args) {
        // Axon asks AxonIQ's servers for updates unless told not to; Praxis makes no calls home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        String command = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
        String[] rest = args.length == 0 || !args[0].equals(command) ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> PraxisApplication.serve(rest);
            case "eval" -> exit(() -> EvalCommand.run(rest));
            case "bench" -> exit(() -> BenchCommand.run(rest));
            case "import" -> exit(() -> ImportCommand.run(rest));
            case "compact" -> exit(() -> CompactCommand.run(rest));
            default -> {
                System.err.println("Unknown command '" + command + "'. " + USAGE);
                System.exit(2);
            }
        }
    }

    /**
     * Runs a command to its end and exits with its code, or with 1 and the reason when it fails: the
     * framework's threads must not keep the JVM alive after a command has given up.
     */
    private static void exit(Callable<Integer> command) {
        int code;
        try {
            code = command.call();
        } catch (Exception | Error failure) {
            System.err.println("Failed: " + failure);
            failure.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }
}
