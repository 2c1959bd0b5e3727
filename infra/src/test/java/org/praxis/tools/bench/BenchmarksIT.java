package org.praxis.tools.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.praxis.tools.LocalPraxis;
import org.praxis.tools.eval.TestCollection;
import org.praxis.tools.imports.PraxisClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks run end to end on a small plan and print every ratio with its baseline. What the
 * figures are is not asserted (machines are noisy); that each is measured and printed is. In an application context
 * of its own, with the product's upload limit rather than the tests' 2 MB: its event store then holds the
 * benchmarks' own events, and each replay rebuilds those rather than every earlier test's.
 */
@TestPropertySource(properties = "praxis.upload.max-size=100MB")
@DirtiesContext // closed afterwards, not left running beside the shared one
class BenchmarksIT extends PraxisIT {

    /** One copy of each corpus file the mix takes, and a few of them again. */
    private static final int MIX_FILES = 30;

    @Autowired
    ApplicationContext server;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void every_benchmark_prints_a_ratio_to_its_baseline_measured_in_the_same_run() throws Exception {
        TestCollection cranfield = TestCollection.load(SharedFixtures.eval("cranfield"));
        List<String> printed = new ArrayList<>();
        String admin = newUser("bencher", "ADMIN", "CONTRIBUTOR").username();

        try (AnnotationConfigApplicationContext tools = LocalPraxis.toolsWithin(server, BenchTools.class);
             PraxisClient praxis = new PraxisClient(URI.create("http://localhost:" + port), admin, passwordOf(admin))) {
            tools.getBean(Benchmarks.class).run(new Benchmarks.Plan(cranfield, 40, 10, 5, 30, SharedFixtures.corpus(),
                    MIX_FILES, 3, 5), praxis, line -> {
                System.out.println("  " + line);
                printed.add(line);
            });
        }

        assertThat(printed).hasSize(12);
        assertThat(printed.get(0)).startsWith("corpus: 40 text files");
        assertThat(printed.get(1)).startsWith("ingest: ").contains("docs/s raw Tika + _bulk: ratio ",
                "target for small text files >= 0.5");
        assertThat(printed.get(2)).matches("upload-to-searchable: p50 [0-9.]+ ms, p95 [0-9.]+ ms");
        assertThat(printed.get(3)).startsWith("embedding: ").contains("passages/s by the model directly", "ratio ");
        assertThat(printed.get(4)).startsWith("search p95").contains("same search in process", "ratio ");
        assertThat(printed.get(5)).startsWith("replay of ").contains("raw read + _bulk: ratio ");
        assertThat(printed.get(6)).startsWith("commands with 4 clients: ").contains("raw JDBC inserts/s: ratio ")
                .containsPattern("\\(target >= 0\\.3: (met|NOT met)\\); 20 of each$");
        assertThat(printed.get(7)).startsWith("import: ")
                .contains("files/s uploaded by the folder import", "of 30 changed copies");
        assertThat(printed.get(8)).startsWith("ingest, company-share mix: " + MIX_FILES + " files of ")
                .contains("docs/s raw Tika + _bulk: ratio ", "; 0 failed");
        assertThat(printed.get(9)).matches("upload-to-searchable, mix under load: p50 [0-9.]+ ms, p95 [0-9.]+ ms");
        assertThat(printed.get(10)).startsWith("upload-to-searchable, idle (one upload at a time, 3 files")
                .contains("more than the file's own parse").containsPattern(
                        "upload answered to text recorded p50 [0-9.]+ ms, p95 [0-9.]+ ms; text recorded to searchable"
                                + " p50 [0-9.]+ ms, p95 [0-9.]+ ms; the most beyond its parse: \\S+, -?[0-9.]+ ms");
        assertThat(printed.get(11)).matches("heap at the end: [0-9]+ MB live after a full collection, of [0-9]+ MB max");
    }

    @Test
    void the_replay_alone_runs_over_events_appended_to_the_store_and_prints_its_time_and_heap() throws Exception {
        TestCollection cranfield = TestCollection.load(SharedFixtures.eval("cranfield"));
        List<String> printed = new ArrayList<>();

        try (AnnotationConfigApplicationContext tools = LocalPraxis.toolsWithin(server, BenchTools.class)) {
            tools.getBean(Benchmarks.class).runReplay(cranfield, 40, printed::add);
        } finally {
            processing.eventProcessors().values().forEach(EventProcessor::start);
        }

        assertThat(printed).hasSize(2);
        assertThat(printed.get(0)).matches("generated 40 document events from cranfield in [0-9]+ s");
        assertThat(printed.get(1)).matches("replay of [0-9]+ document events: [0-9]+ events/s rebuilding the index "
                + "\\([0-9.]+ min, heap peak [0-9]+ MB of [0-9]+ MB\\) vs [0-9]+ events/s raw read \\+ _bulk: "
                + "ratio .*");
    }

    @Test
    void the_commands_alone_print_their_ratio_to_raw_inserts() throws Exception {
        List<String> printed = new ArrayList<>();

        try (AnnotationConfigApplicationContext tools = LocalPraxis.toolsWithin(server, BenchTools.class)) {
            tools.getBean(Benchmarks.class).commands(5, printed::add);
        }

        assertThat(printed).singleElement().asString().matches("commands with 4 clients: [0-9]+ practices drafted/s "
                + "vs [0-9]+ raw JDBC inserts/s: ratio [0-9.]+ \\(target >= 0\\.3: (met|NOT met)\\); 20 of each");
    }
}
