package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.praxis.query.document.DocumentProjection;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding the documents index from the event store alone gives the same search results. */
class ReplayIT extends PraxisIT {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void replayingTheDocumentsProcessorRebuildsTheSameIndex() {
        Api admin = admin();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> files = List.of("testPDF.pdf", "testWORD_various.docx", "testEXCEL.xlsx");
        for (String file : files) {
            String id = admin.upload(SharedFixtures.corpus().resolve(file), file, Map.of("tags", tag))
                    .getBody().get("id").asText();
            admin.awaitDocument(id, d -> d.get("status").asText().equals("INDEXED"));
        }
        String byTag = "/api/search?tag=" + tag + "&q=";
        JsonNode allTaggedBefore = admin.getUntil(byTag, r -> r.get("total").asInt() == files.size()
                && r.get("hits").findValuesAsText("status").stream().allMatch("INDEXED"::equals));
        JsonNode taggedBefore = admin.get(byTag + "japanese").getBody();

        StreamingEventProcessor documents = processing
                .eventProcessor(DocumentProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        documents.shutDown();
        documents.resetTokens();
        documents.start();

        String expected = hitsWithoutScores(allTaggedBefore);
        await().atMost(Duration.ofMinutes(3)).alias("replayed index equals " + expected)
                .until(() -> hitsWithoutScores(admin.get(byTag).getBody()), expected::equals);
        assertThat(hitsWithoutScores(admin.get(byTag + "japanese").getBody()))
                .isEqualTo(hitsWithoutScores(taggedBefore));
    }

    private static String hitsWithoutScores(JsonNode results) {
        StringBuilder hits = new StringBuilder(results.get("total").asText());
        results.get("hits").forEach(hit -> hits.append('|').append(hit.get("id").asText())
                .append(hit.get("title").asText()).append(hit.get("tags")).append(hit.get("highlights"))
                .append(hit.get("updatedAt").asText()));
        return hits.toString();
    }
}
