package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.TestServices;
import org.praxis.command.fixtures.SharedFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default the README's run command uses: the event store in an H2 file under the data
 * folder, migrated by Flyway, with nothing but {@code praxis.data-dir} configured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "praxis.elasticsearch.mode=external",
        "PRAXIS_ADMIN_PASSWORD=embedded-default-admin"})
class EmbeddedDefaultIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        registry.add("praxis.elasticsearch.uris", TestServices.get()::elasticsearchUri);
        registry.add("praxis.data-dir", Files.createTempDirectory("praxis-h2")::toString);
        registry.add("praxis.elasticsearch.index-prefix", () -> "praxis-h2-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void theH2EventStoreRecordsAnUploadThatBecomesSearchable() {
        Api admin = new Api("http://localhost:" + port, "admin", "embedded-default-admin");

        ResponseEntity<JsonNode> upload = admin.upload(SharedFixtures.corpus().resolve("testEPUB.epub"), "book.epub",
                Map.of());

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = upload.getBody().get("id").asText();
        admin.awaitSearch("\"This is the text for chapter One\"", r -> DocumentApiIT.ids(r).contains(id));
        assertThat(admin.get("/api/documents/" + id + "/history").getBody()).hasSize(2);
    }
}
