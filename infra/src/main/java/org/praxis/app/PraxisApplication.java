package org.praxis.app;

import org.praxis.app.bench.BenchCommand;
import org.praxis.app.eval.EvalCommand;
import org.praxis.app.imports.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

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
        if (command.equals("eval")) {
            System.exit(EvalCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (command.equals("bench")) {
            System.exit(BenchCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (command.equals("import")) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (!command.equals("serve")) {
            System.err.println("Unknown command '" + command + "'. Usage: java -jar praxis.jar [serve] [--property=value ...]"
                    + " | import <folder> [--url …] [--user …] | eval <collection-folder> [--run <file>]"
                    + " | bench [--quick]");
            System.exit(2);
        }
        String[] springArgs = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
        SpringApplication.run(PraxisApplication.class, springArgs);
    }
}
