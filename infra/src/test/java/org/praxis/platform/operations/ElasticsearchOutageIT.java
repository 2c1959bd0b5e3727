package org.praxis.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.app.support.TcpProxy;
import org.praxis.app.support.TestServices;
import org.springframework.http.HttpMethod;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch goes away while people upload: the uploads are accepted and stored, health says so,
 * and once Elasticsearch is back every upload is indexed; no event is skipped.
 */
class ElasticsearchOutageIT extends PraxisIT {

    private static final TcpProxy ELASTICSEARCH = TestServices.get().elasticsearchProxy();

    @Test
    void uploads_during_an_outage_are_kept_and_indexed_once_elasticsearch_is_back() throws IOException {
        Api admin = withToken(admin());
        String word = uniqueWord("outageq");
        String before = admin.upload(note(word + " before"), "before.txt", Map.of()).getBody().get("id").asText();
        admin.awaitSearch(word, r -> r.get("total").asInt() == 1);

        ELASTICSEARCH.cut();
        List<String> during = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                var upload = admin.upload(note(word + " during " + i), "during-" + i + ".txt", Map.of());
                assertThat(upload.getStatusCode().value()).as("upload %d while Elasticsearch is down", i)
                        .isEqualTo(201);
                during.add(upload.getBody().get("id").asText());
            }
            JsonNode health = admin.get("/actuator/health").getBody();
            assertThat(health.get("status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/components/elasticsearch/status").asText()).isEqualTo("DOWN");
            assertThat(admin.exchange(HttpMethod.GET, "/api/search?q=" + word, null).getStatusCode().value())
                    .isEqualTo(503);
        } finally {
            ELASTICSEARCH.restore();
        }

        // the dead-letter queue is retried every 30 s
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.search(word).get("total").asInt() == 4);
        for (String id : during) {
            assertThat(admin.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED")).get("id").asText())
                    .isEqualTo(id);
        }
        assertThat(admin.get("/api/documents/" + before).getBody().get("status").asText()).isEqualTo("INDEXED");
        assertThat(admin.get("/actuator/health").getBody().get("status").asText()).isEqualTo("UP");
    }
}
