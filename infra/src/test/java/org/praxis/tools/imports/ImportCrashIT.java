package org.praxis.tools.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisProcess;
import org.praxis.app.support.TcpProxy;
import org.praxis.app.support.TestServices;
import org.praxis.command.fixtures.SharedFixtures;
import org.springframework.http.HttpMethod;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

/**
 * Two promises, tested the way they broke (issue 14): an upload answered 201 survives any crash, and a bulk
 * import run again after a crash leaves every file exactly once. The packaged jar imports {@code shared/corpus}
 * and is killed with {@code kill -9} at several points: right after an upload was answered, a little later,
 * and after Praxis stored an upload whose answer never reached the import. After each kill it is started
 * again and the same import is run again, until it completes. On the embedded default's event store (an H2
 * file, blobs on disk) and on PostgreSQL. Elasticsearch is the tests' node (the index is rebuilt from the
 * events, so its durability is not what this tests).
 */
class ImportCrashIT {

    private static final String PASSWORD = "crash-test-admin-password";
    /**
     * Ranking by meaning is off: what is tested is that nothing is lost or doubled, and on two cores the
     * sentence vectors of every re-run would take the CPU the import and the restarts need.
     */
    private static final String WORDS_ONLY = "--praxis.search.semantic=false";
    /** When each run is killed: once the import has recorded this many files in all, then as each says. */
    private static final List<Kill> KILLS = List.of(new Kill(3, 0, false), new Kill(12, 0, true),
            new Kill(22, 250, false));

    private final ExecutorService importer = Executors.newSingleThreadExecutor();

    /**
     * A kill of Praxis once the import has recorded {@code afterRecordedFiles} files, {@code delayMillis}
     * later, or, when {@code answerLost}, as soon as Praxis has stored an upload whose answer it could not send.
     */
    record Kill(int afterRecordedFiles, long delayMillis, boolean answerLost) {
    }

    @AfterEach
    void stop() {
        importer.shutdownNow();
    }

    @Test
    void on_the_embedded_h2_event_store_every_file_ends_up_exactly_once_and_searchable() throws Exception {
        importThroughCrashes("h2", PraxisProcess.EMBEDDED_H2);
    }

    @Test
    void on_postgresql_every_file_ends_up_exactly_once_and_searchable() throws Exception {
        importThroughCrashes("postgres", PraxisProcess.postgres(TestServices.get().newDatabase()));
    }

    private void importThroughCrashes(String name, List<String> eventStore) throws Exception {
        Path data = Files.createTempDirectory("praxis-crash-" + name);
        Path state = Files.createTempDirectory("import-state").resolve("state.tsv");
        String prefix = PraxisProcess.indexPrefix("crash");
        int port = PraxisProcess.freePort();
        try (TcpProxy network = new TcpProxy(URI.create("http://127.0.0.1:" + port))) {
            network.cut(); // opened again once Praxis serves
            for (Kill kill : KILLS) {
                try (PraxisProcess praxis = PraxisProcess.start("crash-" + name + "-" + kill.afterRecordedFiles(),
                        port, eventStore, prefix, data, PASSWORD, WORDS_ONLY)) {
                    network.restore();
                    Api admin = new Api(praxis.baseUrl(), "admin", PASSWORD).withNewToken();
                    Future<Integer> run = importer.submit(() -> importCorpus(network.uri(), state));
                    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5))
                            .until(() -> recorded(state) >= kill.afterRecordedFiles() || run.isDone());
                    assertThat(run.isDone()).as("the import was still running at the kill point").isFalse();
                    if (kill.answerLost()) {
                        network.holdAnswers();
                        await().atMost(Duration.ofMinutes(1)).until(() -> documents(admin) > recorded(state));
                    }
                    Thread.sleep(kill.delayMillis()); // kills land at different moments of an upload
                    praxis.kill();
                    network.cut();
                    assertThat(run.get(1, TimeUnit.MINUTES)).as("the interrupted import's exit code").isNotZero();
                }
            }
        }
        try (PraxisProcess praxis = PraxisProcess.start("crash-" + name + "-completed", port, eventStore, prefix,
                data, PASSWORD, WORDS_ONLY)) {
            assertThat(importCorpus(URI.create(praxis.baseUrl()), state)).as("the import run again after the last crash")
                    .isZero();
            assertEveryCorpusFileIsStoredOnceAndSearchable(new Api(praxis.baseUrl(), "admin", PASSWORD));
        }
    }

    /** How many documents Praxis lists (its index, shortly after they were stored). */
    private static long documents(Api admin) {
        return admin.get("/api/search?q=&size=1").getBody().get("total").asLong();
    }

    private static void assertEveryCorpusFileIsStoredOnceAndSearchable(Api admin) throws IOException {
        List<Map<String, String>> manifest = SharedFixtures.manifest(SharedFixtures.corpus());
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Processing.of(admin), Processing::done);

        JsonNode all = admin.get("/api/search?q=&size=100").getBody();
        Map<String, String> fileById = new HashMap<>();
        List<String> stored = new ArrayList<>();
        for (JsonNode hit : all.get("hits")) {
            JsonNode document = admin.get("/api/documents/" + hit.get("id").asText()).getBody();
            assertThat(document.get("versions")).as(document.toString()).hasSize(1);
            String file = document.get("versions").get(0).get("fileName").asText();
            stored.add(file);
            fileById.put(hit.get("id").asText(), file);
        }
        assertThat(stored).as("one document per file of the folder").containsExactlyInAnyOrderElementsOf(corpusFiles());

        // a phrase may be found in other files too (the manifest lists them all, the zip holds the Excel files)
        Map<String, List<String>> filesByPhrase = manifest.stream()
                .collect(Collectors.groupingBy(SharedFixtures::findingPhrase,
                        Collectors.mapping(row -> row.get("file"), Collectors.toList())));
        assertSoftly(softly -> filesByPhrase.forEach((phrase, files) -> softly.assertThat(
                        StreamSupport.stream(admin.search("\"" + phrase + "\"").get("hits").spliterator(), false)
                                .map(hit -> fileById.get(hit.get("id").asText())).toList())
                .as("found by \"%s\"", phrase).containsAll(files)));
    }

    /** The names of the corpus folder's files: its documents, its manifest and its README. */
    private static List<String> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedFixtures.corpus())) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        }
    }

    /** What is left to do after the import: events not yet processed, documents whose text is still being read. */
    private record Processing(List<String> lags, long documentsInProcess) {

        static Processing of(Api admin) {
            String metrics = admin.exchange(HttpMethod.GET, "/actuator/prometheus", null).getBody();
            List<String> lags = metrics == null ? List.of("no metrics") : metrics.lines()
                    .filter(line -> line.startsWith("praxis_processor_lag{")).toList();
            long inProcess = admin.get("/api/search?q=&size=100").getBody().get("hits").findValuesAsText("status")
                    .stream().filter("PROCESSING"::equals).count();
            return new Processing(lags, inProcess);
        }

        boolean done() {
            return documentsInProcess == 0 && !lags.isEmpty() && lags.stream().allMatch(line -> line.endsWith(" 0.0"));
        }
    }

    /** The import as a person runs it, its output in the test's log; returns its exit code. */
    private static int importCorpus(URI praxis, Path state) {
        return ImportCommand.run(new String[] {SharedFixtures.corpus().toString(), "--url", praxis.toString(),
                "--state", state.toString()}, Map.of("PRAXIS_PASSWORD", PASSWORD), null, System.out, System.err);
    }

    private static long recorded(Path state) throws IOException {
        return Files.exists(state) ? Files.readAllLines(state, StandardCharsets.UTF_8).size() : 0;
    }
}
