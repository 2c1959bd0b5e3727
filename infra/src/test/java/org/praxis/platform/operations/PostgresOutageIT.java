package org.praxis.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.TcpProxy;
import org.praxis.app.support.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL, which holds the event store, goes away (every connection dropped, new ones refused, as
 * in a restart) right after some uploads were accepted: changes meanwhile are refused with a clear
 * 503, nothing half-recorded, and once it is back Praxis recovers by itself: the accepted uploads are
 * indexed, new ones are accepted again, health is UP.
 */
class PostgresOutageIT extends PraxisIT {

    private static final TcpProxy POSTGRES = TestServices.get().postgresProxy();

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void praxis_recovers_by_itself_after_postgresql_restarts() throws IOException {
        Api admin = withToken(admin());
        String word = uniqueWord("restartq");
        String refusedWord = uniqueWord("refusedq");
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(admin.upload(note(word + " accepted " + i), "accepted-" + i + ".txt", Map.of())
                    .getBody().get("id").asText());
        }

        POSTGRES.cut();
        try {
            ResponseEntity<JsonNode> refused = admin.upload(note(refusedWord), "refused.txt", Map.of());
            assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(503);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(refused.getBody().get("detail").asText()).contains("try again");
            ResponseEntity<JsonNode> signIn = admin().get("/api/documents/" + accepted.get(0));
            assertThat(signIn.getStatusCode().value()).as("signing in with a password").isEqualTo(503);
            assertThat(health()).isEqualTo("DOWN");
        } finally {
            POSTGRES.restore();
        }

        String after = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(
                () -> admin.upload(note(word + " after"), "after.txt", Map.of()),
                upload -> upload.getStatusCode().value() == 201).getBody().get("id").asText();
        accepted.add(after);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.search(word).get("total").asInt() == accepted.size());
        for (String id : accepted) {
            assertThat(admin.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED")).get("id").asText())
                    .isEqualTo(id);
        }
        assertThat(admin.search(refusedWord).get("total").asInt()).as("the refused upload left nothing").isZero();
        assertThat(health()).isEqualTo("UP");
        await("every processor runs again").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                        .allMatch(processor -> processor.isRunning() && !processor.isError()));
    }

    private String health() {
        return RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .exchange((request, response) -> response.bodyTo(JsonNode.class)).get("status").asText();
    }
}
