package org.praxis.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.events.document.DocumentAccessChanged;
import org.praxis.events.document.DocumentTagged;
import org.praxis.events.document.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operators see: metrics, request ids, and an event no projection can handle parked, not lost. */
class OperationsIT extends PraxisIT {

    @Autowired
    EventStore events;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void prometheus_shows_ingestion_extraction_lag_and_search_latency() throws IOException {
        Api admin = withToken(admin());
        Path note = Files.writeString(Files.createTempFile("metrics", ".txt"), "Metrics are counted here.");
        String id = admin.upload(note, "note.txt", Map.of()).getBody().get("id").asText();
        admin.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED"));
        admin.search("metrics");

        String metrics = admin.exchange(HttpMethod.GET, "/actuator/prometheus", null).getBody();

        assertThat(metrics).contains("praxis_ingestion_files_total{kind=\"upload\"",
                "praxis_extraction_outcomes_total{outcome=\"extracted\"", "praxis_processor_lag{processor=\"documents\"}",
                "praxis_processor_dead_letters{processor=\"text-extraction\"}", "praxis_search_latency_seconds_count",
                "http_server_requests_seconds_count");
        assertThat(withToken(newUser("reader", "READER")).exchange(HttpMethod.GET, "/actuator/prometheus", null)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void every_answer_carries_a_request_id_and_keeps_a_sane_one_from_a_proxy() {
        Api reader = withToken(newUser("reader", "READER"));

        ResponseEntity<String> made = reader.exchange(HttpMethod.GET, "/api/search?q=x", null);
        ResponseEntity<String> kept = reader.withHeader("X-Request-Id", "proxy-42")
                .exchange(HttpMethod.GET, "/api/search?q=x", null);
        ResponseEntity<String> replaced = reader.withHeader("X-Request-Id", "<script>alert(1)</script>")
                .exchange(HttpMethod.GET, "/api/search?q=x", null);

        assertThat(made.getHeaders().getFirst("X-Request-Id")).hasSize(36);
        assertThat(kept.getHeaders().getFirst("X-Request-Id")).isEqualTo("proxy-42");
        assertThat(replaced.getHeaders().getFirst("X-Request-Id")).hasSize(36);
    }

    @Test
    void an_event_a_projection_cannot_handle_is_parked_for_admins_while_other_events_flow_on() throws IOException {
        String orphan = UUID.randomUUID().toString();
        long parkedBefore = parked();
        events.publish(new GenericDomainEventMessage<>("Document", orphan, 0,
                new DocumentTagged(orphan, "orphan", "test", Instant.now())));

        await().atMost(Duration.ofSeconds(60)).until(() -> parked() > parkedBefore);
        Api admin = withToken(admin());
        String word = uniqueWord("flowq");
        Path note = Files.writeString(Files.createTempFile("flow", ".txt"), "Still " + word + " after the poison.");
        String id = admin.upload(note, "flow.txt", Map.of()).getBody().get("id").asText();
        admin.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED"));
        JsonNode found = admin.awaitSearch(word, r -> r.get("total").asInt() == 1);

        assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo(id);
        assertThat(admin.exchange(HttpMethod.GET, "/actuator/prometheus", null).getBody())
                .containsPattern("praxis_processor_dead_letters\\{processor=\"documents\"} [1-9]");
        assertThat(admin.exchange(HttpMethod.GET, "/api/audit/events?type=DocumentUploaded", null).getBody())
                .as("the audit trail reads past it").contains(id);
    }

    @Test
    void a_later_event_of_a_document_whose_write_elasticsearch_refused_waits_behind_it() throws IOException {
        Api admin = withToken(admin());
        String word = uniqueWord("refq");
        Path note = Files.writeString(Files.createTempFile("refused", ".txt"), "A note about " + word + ".");
        String id = admin.upload(note, "refused.txt", Map.of()).getBody().get("id").asText();
        admin.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED"));
        long last = events.lastSequenceNumberFor(id).orElseThrow();
        String immense = "g".repeat(40_000);
        events.publish(new GenericDomainEventMessage<>("Document", id, last + 1, new DocumentAccessChanged(id,
                new Visibility(Visibility.Scope.GROUPS, Set.of(immense)), "admin", Instant.now())));
        await().atMost(Duration.ofSeconds(60)).until(() -> letters(id) == 1);

        events.publish(new GenericDomainEventMessage<>("Document", id, last + 2,
                new DocumentTagged(id, "after-the-refusal", "admin", Instant.now())));

        await().atMost(Duration.ofSeconds(60)).until(() -> letters(id) == 2);
        assertThat(admin.search(word, "after-the-refusal").get("total").asInt())
                .as("the later event is not applied before the one it follows").isZero();
    }

    private long letters(String sequence) {
        return processing.deadLetterQueue("documents").map(queue -> {
            long count = 0;
            for (var ignored : queue.deadLetterSequence(sequence)) {
                count++;
            }
            return count;
        }).orElse(0L);
    }

    @AfterEach
    void dropThePoison() {
        List.of("documents", "passages").forEach(group ->
                processing.deadLetterQueue(group).ifPresent(queue -> queue.clear()));
    }

    private long parked() {
        return processing.deadLetterQueue("documents").map(queue -> queue.amountOfSequences()).orElse(0L);
    }
}
