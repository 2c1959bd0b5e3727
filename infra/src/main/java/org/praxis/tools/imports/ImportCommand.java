package org.praxis.tools.imports;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar praxis.jar import <folder> [--url http://localhost:8080] [--user admin] [--state file]}:
 * brings a folder tree into a running Praxis (see {@link FolderImport}). The password comes from
 * {@code PRAXIS_PASSWORD} or a prompt. Run it again at any time: it continues where it stopped and
 * sends only what changed.
 */
public final class ImportCommand {

    static final String USAGE = "Usage: java -jar praxis.jar import <folder> [--url http://localhost:8080] "
            + "[--user admin] [--state <file>]   (password from PRAXIS_PASSWORD or a prompt)";

    private ImportCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.getenv(), System.console(), System.out, System.err);
    }

    static int run(String[] args, Map<String, String> environment, Console console, PrintStream out,
                   PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String password = environment.get("PRAXIS_PASSWORD");
        if ((password == null || password.isEmpty()) && console != null) {
            char[] typed = console.readPassword("Password of %s at %s: ", options.user(), options.url());
            password = typed == null ? null : new String(typed);
        }
        if (password == null || password.isEmpty()) {
            err.println("No password: set PRAXIS_PASSWORD or run the import in a terminal to be asked for it.");
            return 2;
        }
        Path stateFile = options.state() != null ? options.state() : defaultState(options);
        try (PraxisClient praxis = new PraxisClient(options.url(), options.user(), password);
             ImportState state = ImportState.open(stateFile)) {
            out.println("Importing " + options.folder() + " into " + options.url() + " (state: " + stateFile + ")");
            ImportSummary summary = new FolderImport(praxis, state).run(options.folder(),
                    total -> new Progress(err, console != null, total, System::nanoTime));
            out.println(summary.describe());
            return summary.failures().isEmpty() ? 0 : 1;
        } catch (ConnectException e) {
            err.println("Praxis is not reachable at " + options.url() + ": start it, or pass --url.");
            return 3;
        } catch (IOException e) {
            err.println("The import stopped: " + e.getMessage() + ". Run it again to continue.");
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted. Run the import again to continue.");
            return 3;
        }
    }

    /** One state file per folder and server, under {@code ~/.praxis/imports}. */
    private static Path defaultState(Options options) {
        String name = FolderImport.sha256(options.folder().toAbsolutePath().normalize() + "\n" + options.url());
        return Path.of(System.getProperty("user.home"), ".praxis", "imports", name.substring(0, 16) + ".tsv");
    }

    record Options(Path folder, URI url, String user, Path state) {

        static Options parse(String[] args) {
            Path folder = null;
            URI url = URI.create("http://localhost:8080");
            String user = "admin";
            Path state = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--url" -> url = URI.create(value(args, ++i, "--url"));
                    case "--user" -> user = value(args, ++i, "--user");
                    case "--state" -> state = Path.of(value(args, ++i, "--state"));
                    default -> {
                        if (args[i].startsWith("--") || folder != null) {
                            throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'.");
                        }
                        folder = Path.of(args[i]);
                    }
                }
            }
            if (folder == null || !Files.isDirectory(folder)) {
                throw new IllegalArgumentException("Name a folder to import" + (folder == null ? "." : ": " + folder
                        + " is not one."));
            }
            return new Options(folder, url, user, state);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value.");
            }
            return args[index];
        }
    }
}
