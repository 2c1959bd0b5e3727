package org.praxis.app.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The packaged Praxis jar running as a process of its own, as an operator runs it: for tests that
 * kill it hard or run two side by side. Started from the jar unpacked, with a class-data-sharing archive
 * ({@link UnpackedApplication}), as an operator may run it for shorter starts. Its console goes to
 * {@code target/instances/<name>.log}.
 */
public final class PraxisProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private PraxisProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The settings that put the event store on the test PostgreSQL's database {@code jdbcUrl}. */
    public static List<String> postgres(String jdbcUrl) {
        TestServices services = TestServices.get();
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + services.username(),
                "--spring.datasource.password=" + services.password());
    }

    /** No settings: the embedded default's event store, an H2 file in the data folder. */
    public static final List<String> EMBEDDED_H2 = List.of();

    /**
     * Starts the jar with its event store as {@code eventStore} says ({@link #postgres} or {@link #EMBEDDED_H2}),
     * its blobs in {@code dataDir} and its indexes on the test Elasticsearch, and waits until it is ready.
     */
    public static PraxisProcess start(String name, int port, List<String> eventStore, String indexPrefix, Path dataDir,
                                      String adminPassword, String... settings) throws IOException, InterruptedException {
        return launch(name, port, eventStore, indexPrefix, dataDir, adminPassword, UnpackedApplication.get(), settings);
    }

    /** {@link #start} from the jar as packaged, not unpacked: as the README's command runs it. */
    public static PraxisProcess startPackaged(String name, int port, List<String> eventStore, String indexPrefix,
                                              Path dataDir, String adminPassword, String... settings)
            throws IOException, InterruptedException {
        return launch(name, port, eventStore, indexPrefix, dataDir, adminPassword, UnpackedApplication.packaged(),
                settings);
    }

    /** {@link #start} of this jar with these JVM options. */
    static PraxisProcess launch(String name, int port, List<String> eventStore, String indexPrefix, Path dataDir,
                                String adminPassword, UnpackedApplication.Launch application, String... settings)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m",
                // the client compiler alone: these instances are started many times, and on two cores a start
                // is mostly compiling; what they test is durability, not speed
                "-XX:TieredStopAtLevel=1"));
        command.addAll(application.jvmOptions());
        command.addAll(List.of("-jar", application.jar().toString(), "--server.port=" + port,
                "--praxis.elasticsearch.mode=external",
                "--praxis.elasticsearch.uris=" + TestServices.get().elasticsearchUri(),
                "--praxis.elasticsearch.index-prefix=" + indexPrefix, "--praxis.data-dir=" + dataDir));
        command.addAll(eventStore);
        command.addAll(List.of(settings));
        Path log = Files.createDirectories(Path.of("target", "instances")).resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PRAXIS_ADMIN_PASSWORD", adminPassword);
        PraxisProcess started = new PraxisProcess(builder.start(), port);
        started.awaitServing(Duration.ofMinutes(3), log);
        return started;
    }

    /** The {@code java} launcher of the JDK the tests run on. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A free TCP port for an instance (the same one again for its restart). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An index prefix no other test uses. */
    public static String indexPrefix(String name) {
        return "praxis-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitServing(Duration patience, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Praxis exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/actuator/health/readiness")
                        .toURL().openConnection();
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Praxis did not serve within " + patience + "; see " + log);
    }
}
