package org.praxis.app.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged Praxis jar running as a process of its own, as an operator runs it: for tests that
 * kill it hard or run two side by side. Its console goes to {@code target/instances/<name>.log}.
 */
public final class PraxisProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "praxis.jar");

    private final Process process;
    private final int port;

    private PraxisProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar on PostgreSQL {@code jdbcUrl} and the test Elasticsearch, and waits until it is ready. */
    public static PraxisProcess start(String name, int port, String jdbcUrl, String indexPrefix, Path dataDir,
                                      String adminPassword, String... settings) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the integration tests run after "
                    + "'package' (./mvnw verify builds it)");
        }
        TestServices services = TestServices.get();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                JAR.toString(), "--server.port=" + port, "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + services.username(),
                "--spring.datasource.password=" + services.password(), "--praxis.elasticsearch.mode=external",
                "--praxis.elasticsearch.uris=" + services.elasticsearchUri(),
                "--praxis.elasticsearch.index-prefix=" + indexPrefix, "--praxis.data-dir=" + dataDir));
        command.addAll(List.of(settings));
        Path log = Files.createDirectories(Path.of("target", "instances")).resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PRAXIS_ADMIN_PASSWORD", adminPassword);
        PraxisProcess started = new PraxisProcess(builder.start(), port);
        started.awaitServing(Duration.ofMinutes(3), log);
        return started;
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
