package org.praxis.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.document.DocumentEntry;
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

/**
 * Rebuilding the documents index from the event store alone gives the same search results, twice in a
 * row, and searches keep answering from the previous generation while a rebuild runs.
 */
class ReplayIT extends PraxisIT {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ProjectionIndex<DocumentEntry> index;

    @Test
    void replayingTheDocumentsProcessorRebuildsTheSameIndexWhileSearchesGoOn() {
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

        String expected = hitsWithoutScores(allTaggedBefore);
        String first = index.generations().current();

        for (int rebuild = 1; rebuild <= 2; rebuild++) {
            StreamingEventProcessor documents = processing
                    .eventProcessor(DocumentProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
            documents.shutDown();
            documents.resetTokens();
            assertThat(index.generations().rebuilding()).isTrue();
            assertThat(hitsWithoutScores(admin.get(byTag).getBody())).as("searches during the rebuild")
                    .isEqualTo(expected);
            documents.start();

            String previous = index.generations().current();
            await().atMost(Duration.ofMinutes(3)).alias("the rebuilt generation replaces " + previous)
                    .until(() -> !index.generations().rebuilding() && !index.generations().current().equals(previous));
            assertThat(hitsWithoutScores(admin.get(byTag).getBody())).as("rebuild " + rebuild).isEqualTo(expected);
            assertThat(hitsWithoutScores(admin.get(byTag + "japanese").getBody()))
                    .isEqualTo(hitsWithoutScores(taggedBefore));
        }
        assertThat(index.generations().current()).isNotEqualTo(first);
    }

    private static String hitsWithoutScores(JsonNode results) {
        StringBuilder hits = new StringBuilder(results.get("total").asText());
        results.get("hits").forEach(hit -> hits.append('|').append(hit.get("id").asText())
                .append(hit.get("title").asText()).append(hit.get("tags")).append(hit.get("highlights"))
                .append(hit.get("updatedAt").asText()));
        return hits.toString();
    }
}
