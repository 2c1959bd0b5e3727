package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.praxis.app.support.Api;
import org.praxis.app.support.TestServices;
import org.praxis.command.fixtures.SharedFixtures;
import org.praxis.platform.eventstore.EventStoreDurability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.app.support.Responses.hitIds;

/**
 * The embedded default the README's run command uses: the event store in an H2 file under the data
 * folder, migrated by Flyway, with nothing but {@code praxis.data-dir} configured, and committing durably.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "praxis.elasticsearch.mode=external",
        "praxis.admin.password=embedded-default-admin"})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext // its own application context: closed afterwards, not left running beside the shared one
class EmbeddedDefaultIT {

    /** Linux's O_DSYNC (asm-generic/fcntl.h): each write returns once its data is on the disk. */
    private static final int O_DSYNC = 010000;

    private static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    EventStoreDurability durability;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("praxis-h2");
        registry.add("praxis.elasticsearch.uris", TestServices.get()::elasticsearchUri);
        registry.add("praxis.data-dir", dataDir::toString);
        registry.add("praxis.elasticsearch.index-prefix", () -> "praxis-h2-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void theH2EventStoreRecordsAnUploadThatBecomesSearchable() {
        Api admin = new Api("http://localhost:" + port, "admin", "embedded-default-admin");

        ResponseEntity<JsonNode> upload = admin.upload(SharedFixtures.corpus().resolve("testEPUB.epub"), "book.epub",
                Map.of());

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = upload.getBody().get("id").asText();
        admin.awaitSearch("\"This is the text for chapter One\"", r -> hitIds(r).contains(id));
        assertThat(admin.get("/api/documents/" + id + "/history").getBody()).hasSize(2);
    }

    @Test
    void theStartUpLogSaysWhereToGoAndWhereTheDataLivesWithoutTheFrameworksChatter(CapturedOutput output) {
        assertThat(output.getOut()).contains("Praxis is ready at http://localhost:" + port + "/",
                        "data folder:  " + dataDir.toAbsolutePath().normalize(), "event store:  jdbc:h2:",
                        "files:        " + dataDir.resolve("blobs").toAbsolutePath().normalize())
                .doesNotContain("claimed the token", "HikariPool", "Migrating schema", "Tomcat started",
                        "Support for convention-based annotation");
    }

    @Test
    void theH2EventStoreWritesEachCommitToTheDiskBeforeItReturns() throws IOException {
        assertThat(durability.risks()).isEmpty();
        assertThat(openFlags(dataDir.resolve("eventstore/praxis.mv.db")) & O_DSYNC).as("opened with O_DSYNC")
                .isEqualTo(O_DSYNC);
    }

    /** The flags this JVM opened {@code file} with, as Linux shows them in {@code /proc/self/fdinfo}. */
    private static int openFlags(Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                if (Files.isSymbolicLink(descriptor) && real.equals(Files.readSymbolicLink(descriptor))) {
                    String flags = Files.readAllLines(Path.of("/proc/self/fdinfo").resolve(descriptor.getFileName()))
                            .stream().filter(line -> line.startsWith("flags:")).findFirst().orElseThrow();
                    return Integer.parseInt(flags.substring("flags:".length()).strip(), 8);
                }
            }
        }
        throw new AssertionError(file + " is not open");
    }
}
