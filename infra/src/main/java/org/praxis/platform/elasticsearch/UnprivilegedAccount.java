package org.praxis.platform.elasticsearch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root. When Praxis itself runs as root, the node runs as the system
 * account {@code praxis-es}, created on first use, which owns the node's folders.
 */
final class UnprivilegedAccount {

    static final String NAME = "praxis-es";
    private static final Logger log = LoggerFactory.getLogger(UnprivilegedAccount.class);

    private UnprivilegedAccount() {
    }

    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Whether every folder above {@code path} lets other accounts pass through it. */
    static boolean canReach(Path path) throws IOException {
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir) && !Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    static void ensureExists() throws IOException {
        if (run(List.of("id", "-u", NAME)) == 0) {
            return;
        }
        log.info("Creating the system account {} to run Elasticsearch (it refuses to run as root)", NAME);
        int exit = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME));
        if (exit != 0 && run(List.of("id", "-u", NAME)) != 0) {
            throw new IOException("could not create the system account " + NAME + " (useradd exited with " + exit + ")");
        }
    }

    static void giveOwnership(Path folder) throws IOException {
        int exit = run(List.of("chown", "-R", NAME + ":" + NAME, folder.toString()));
        if (exit != 0) {
            throw new IOException("could not give " + folder + " to " + NAME + " (chown exited with " + exit + ")");
        }
    }

    /** The command, run as the unprivileged account. */
    static List<String> runAs(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME,
                "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static int run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        }
    }
}
