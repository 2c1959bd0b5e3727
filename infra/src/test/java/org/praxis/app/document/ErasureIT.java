package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.TestServices;
import org.praxis.query.document.DocumentProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The right to erasure: an erased document is gone from every view, from disk, and from every replay. */
class ErasureIT extends PraxisIT {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_erased_document_leaves_only_the_fact_of_its_erasure() throws IOException {
        String surname = word();
        String name = "Jane " + surname;
        Api hr = newUser("hr", "CONTRIBUTOR");
        Path file = text("Sick leave of " + name + ": back on Monday, see the doctor's note.");
        Set<Path> before = blobFiles();
        String id = hr.upload(file, name + ".txt", Map.of("title", "Sick leave " + name, "tags", "sick-leave"))
                .getBody().get("id").asText();
        hr.awaitSearch(surname, r -> r.get("hits").findValuesAsText("status").contains("INDEXED"));
        Set<Path> blobs = new HashSet<>(blobFiles());
        blobs.removeAll(before);
        assertThat(blobs).as("the file's bytes and its text").hasSize(2);
        assertThat(storedPayloads(id)).isNotEmpty().noneMatch(payload -> payload.contains(surname));

        JsonNode erasure = admin().post("/api/admin/documents/" + id + "/erasure", Map.of()).getBody();

        assertThat(erasure.get("destroyedBlobs").asInt()).isEqualTo(2);
        assertThat(erasure.get("sameContentIn")).isEmpty();
        assertThat(blobs).noneMatch(Files::exists);
        assertThat(jdbc.queryForObject("select count(*) from praxis_data_key where subject_id = ?", Integer.class, id))
                .isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> hr.search(surname).get("total").asInt() == 0);
        for (String path : List.of("", "/content", "/history")) {
            assertThat(admin().exchange(HttpMethod.GET, "/api/documents/" + id + path, null).getStatusCode())
                    .as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        String trail = admin().exchange(HttpMethod.GET, "/api/audit/events?format=csv", null).getBody();
        assertThat(trail).contains(id + ",", "DocumentErased").doesNotContain(surname, "sick-leave");
        assertThat(hr.exchange(HttpMethod.PATCH, "/api/documents/" + id, Map.of("title", "back")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        replayDocuments();
        String laterWord = word();
        String later = hr.upload(text("A later note: " + laterWord), "later.txt", Map.of()).getBody().get("id").asText();
        hr.awaitDocument(later, d -> d.get("status").asText().equals("INDEXED"));
        hr.awaitSearch(laterWord, r -> r.get("total").asInt() == 1);
        assertThat(hr.search(surname).get("total").asInt()).isZero();
        assertThat(admin().get("/api/documents/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void bytes_another_document_still_holds_are_kept_for_it_and_named() throws IOException {
        Path file = text("Shared minutes " + word());
        Api first = newUser("first", "CONTRIBUTOR");
        Api second = newUser("second", "CONTRIBUTOR");
        String erased = first.upload(file, "minutes.txt", Map.of()).getBody().get("id").asText();
        String kept = second.upload(file, "copy.txt", Map.of()).getBody().get("id").asText();
        first.awaitDocument(erased, d -> d.get("status").asText().equals("INDEXED"));
        second.awaitDocument(kept, d -> d.get("status").asText().equals("INDEXED"));

        JsonNode erasure = admin().post("/api/admin/documents/" + erased + "/erasure", Map.of()).getBody();

        assertThat(erasure.get("destroyedBlobs").asInt()).isZero();
        assertThat(second.bytes("/api/documents/" + kept + "/content").getBody())
                .isEqualTo(Files.readAllBytes(file));
    }

    private void replayDocuments() {
        StreamingEventProcessor documents = processing
                .eventProcessor(DocumentProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        documents.shutDown();
        documents.resetTokens();
        documents.start();
    }

    private List<String> storedPayloads(String id) {
        return jdbc.query("select payload from domain_event_entry where aggregate_identifier = ?",
                (row, index) -> new String(row.getBytes(1), StandardCharsets.UTF_8), id);
    }

    private static Set<Path> blobFiles() throws IOException {
        Path root = TestServices.get().dataDir().resolve("blobs").resolve("sha256");
        if (!Files.exists(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private static Path text(String content) throws IOException {
        return Files.writeString(Files.createTempFile("erasure", ".txt"), content);
    }

    private static String word() {
        return "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("[0-9]", "x");
    }
}
