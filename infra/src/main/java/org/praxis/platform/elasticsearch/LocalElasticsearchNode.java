package org.praxis.platform.elasticsearch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A single Elasticsearch node that Praxis provisions and runs as a child process on 127.0.0.1: the
 * embedded default, so that nothing has to be installed by hand. Its data survives restarts; a node
 * left running by a killed application is stopped before a new one starts on the same data.
 */
public final class LocalElasticsearchNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearchNode.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String ANALYSIS_PLUGIN = "praxis-analysis";

    private final Path base;
    private final Process process;
    private final int httpPort;

    private LocalElasticsearchNode(Path base, Process process, int httpPort) {
        this.base = base;
        this.process = process;
        this.httpPort = httpPort;
    }

    /**
     * Provisions the distribution (once), starts the node and waits until it answers green or yellow.
     *
     * @param dataDir Praxis's data folder; the node lives in {@code dataDir/elasticsearch}
     * @param port    the HTTP port, or 0 for a free one
     */
    public static LocalElasticsearchNode start(Path dataDir, String version, int port, String heap,
                                               Duration startTimeout) throws IOException {
        boolean root = UnprivilegedAccount.runningAsRoot();
        Path base = nodeFolder(dataDir.toAbsolutePath().normalize(), root);
        Path home = new ElasticsearchDistribution(version).unpackInto(Files.createDirectories(base));
        stopLeftover(base.resolve("node.pid"));
        installAnalysisPlugin(home);
        int httpPort = port == 0 ? freePort() : port;
        writeConfiguration(home, base, httpPort);
        List<String> command = List.of(home.resolve("bin").resolve("elasticsearch").toString(),
                "-p", base.resolve("node.pid").toString());
        if (root) {
            UnprivilegedAccount.ensureExists();
            UnprivilegedAccount.giveOwnership(base);
            command = UnprivilegedAccount.runAs(command);
        }
        Path console = base.resolve("logs").resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
        environment.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        environment.put("ES_TMPDIR", base.resolve("tmp").toString());
        log.info("Starting Elasticsearch {} on http://127.0.0.1:{} (data in {})", version, httpPort, base);
        LocalElasticsearchNode node = new LocalElasticsearchNode(base, builder.start(), httpPort);
        node.awaitHealthy(startTimeout, console);
        return node;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** Stops the node (and the server JVM its launcher started), forcibly if it does not stop in time. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            for (ProcessHandle handle : all) {
                handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            log.warn("Elasticsearch did not stop within {}; killing it", STOP_TIMEOUT);
            all.forEach(ProcessHandle::destroyForcibly);
        }
        log.info("Elasticsearch stopped");
    }

    private void awaitHealthy(Duration timeout, Path console) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Elasticsearch exited with code " + process.exitValue() + " while starting. "
                        + "Last lines of " + console + ":\n" + tail(console));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.info("Elasticsearch is ready at {}", uri());
                    return;
                }
            } catch (IOException notYetListening) {
                // the node is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Elasticsearch", e);
            }
            pause();
        }
        close();
        throw new IOException("Elasticsearch did not become healthy within " + timeout.toSeconds() + " s. "
                + "Last lines of " + console + ":\n" + tail(console));
    }

    /**
     * Where the node lives. Elasticsearch must reach its folders as {@code praxis-es} when Praxis runs
     * as root; a data folder under a private home (such as {@code /root}) cannot be reached, so the node
     * then lives in a fixed folder of its own under {@code /var/lib}, one per data folder.
     */
    private static Path nodeFolder(Path dataDir, boolean root) throws IOException {
        Path preferred = dataDir.resolve("elasticsearch");
        if (!root || UnprivilegedAccount.canReach(preferred)) {
            return preferred;
        }
        Path fallback = Path.of("/var/lib/praxis-elasticsearch", shortHash(dataDir.toString()));
        log.info("{} is not reachable by the account {}; the Elasticsearch node keeps its data in {}",
                dataDir, UnprivilegedAccount.NAME, fallback);
        return fallback;
    }

    private static void writeConfiguration(Path home, Path base, int httpPort) throws IOException {
        for (String folder : List.of("data", "logs", "tmp")) {
            Files.createDirectories(base.resolve(folder));
        }
        String settings = String.join("\n",
                "cluster.name: praxis",
                "node.name: praxis-local",
                "path.data: " + base.resolve("data"),
                "path.logs: " + base.resolve("logs"),
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + freePort(),
                "discovery.type: single-node",
                "xpack.security.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.destructive_requires_name: true",
                "");
        Files.writeString(home.resolve("config").resolve("elasticsearch.yml"), settings, StandardCharsets.UTF_8);
    }

    /**
     * Installs the bundled {@code praxis-analysis} plugin afresh before every start: a node whose plugin
     * went missing could not open the indexes that use its analyzers.
     */
    private static void installAnalysisPlugin(Path home) throws IOException {
        Path plugin = home.resolve("plugins").resolve(ANALYSIS_PLUGIN);
        if (Files.exists(plugin)) {
            try (var files = Files.walk(plugin)) {
                for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
        try (InputStream zip = LocalElasticsearchNode.class.getResourceAsStream(
                "/elasticsearch-plugins/" + ANALYSIS_PLUGIN + ".zip")) {
            if (zip == null) {
                throw new IOException("the " + ANALYSIS_PLUGIN + " plugin is missing from the application; rebuild it");
            }
            ZipArchive.extract(zip, plugin);
        }
    }

    /** A node whose application was killed keeps running and holds the data folder's lock: stop it. */
    private static void stopLeftover(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("elasticsearch"));
        if (leftover.isPresent()) {
            log.warn("Stopping an Elasticsearch node left running by an earlier start (pid {})", leftover.get().pid());
            leftover.get().destroy();
            try {
                leftover.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                leftover.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
