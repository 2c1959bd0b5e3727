package org.praxis.app;

import org.praxis.app.bench.BenchCommand;
import org.praxis.app.eval.EvalCommand;
import org.praxis.app.imports.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Praxis: with no argument (or {@code serve}) runs the server; {@code import <folder>} brings a folder
 * tree into a running Praxis; {@code eval <collection-folder>} scores search quality on a test collection;
 * {@code bench [--quick]} prints performance ratios against baselines measured in the same run.
 */
@SpringBootApplication(scanBasePackages = {"org.praxis.app", "org.praxis.command"})
@ConfigurationPropertiesScan
public class PraxisApplication {

    public static void main(String[] args) throws Exception {
        // Axon asks AxonIQ's servers for updates unless told not to; Praxis makes no calls home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        String command = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "eval" -> exit(() -> EvalCommand.run(rest));
            case "bench" -> exit(() -> BenchCommand.run(rest));
            case "import" -> exit(() -> ImportCommand.run(rest));
            default -> { }
        }
        if (!command.equals("serve")) {
            System.err.println("Unknown command '" + command + "'. Usage: java -jar praxis.jar [serve] [--property=value ...]"
                    + " | import <folder> [--url …] [--user …] | eval <collection-folder | folder of collections> [--run <folder>] [--ablation]"
                    + " | bench [--quick]");
            System.exit(2);
        }
        String[] springArgs = args.length > 0 && args[0].equals("serve") ? rest : args;
        SpringApplication.run(PraxisApplication.class, springArgs);
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
