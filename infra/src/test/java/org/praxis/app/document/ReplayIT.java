package org.praxis.app.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.praxis.platform.processing.Processors;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.document.DocumentEntry;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.command.fixtures.SharedFixtures;
import org.praxis.query.document.DocumentProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
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

    @Autowired
    TokenStore tokens;

    @Autowired
    EntityManagerProvider entityManagers;

    @Autowired
    Serializer serializer;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EventStore events;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void replayingTheDocumentsProcessorRebuildsTheSameIndexWhileSearchesGoOn() throws IOException {
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
            assertThat(refreshInterval(index.generations().writeAlias())).as("the generation being loaded")
                    .isEqualTo("-1");
            assertThat(hitsWithoutScores(admin.get(byTag).getBody())).as("searches during the rebuild")
                    .isEqualTo(expected);
            documents.start();

            String previous = index.generations().current();
            await().atMost(Duration.ofMinutes(3)).alias("the rebuilt generation replaces " + previous)
                    .until(() -> !index.generations().rebuilding() && !index.generations().current().equals(previous));
            assertThat(refreshInterval(index.generations().readAlias())).as("the rebuilt generation refreshes again")
                    .isNull();
            assertThat(hitsWithoutScores(admin.get(byTag).getBody())).as("rebuild " + rebuild).isEqualTo(expected);
            assertThat(hitsWithoutScores(admin.get(byTag + "japanese").getBody()))
                    .isEqualTo(hitsWithoutScores(taggedBefore));
        }
        assertThat(index.generations().current()).isNotEqualTo(first);
        String later = admin.upload(SharedFixtures.corpus().resolve("testMARKDOWN.md"), "later.md", Map.of("tags", tag))
                .getBody().get("id").asText();
        admin.getUntil(byTag, r -> r.findValuesAsText("id").contains(later));
    }

    /** The index's own {@code refresh_interval} setting; {@code null} when it has none (Elasticsearch's default). */
    private String refreshInterval(String alias) throws IOException {
        IndexSettings settings = elasticsearch.indices().getSettings(g -> g.index(alias)).result().values()
                .iterator().next().settings();
        IndexSettings own = settings.index() == null ? settings : settings.index();
        return own.refreshInterval() == null ? null : own.refreshInterval().time();
    }

    /**
     * A segment another instance holds (or one that backs off after a failed batch) has replayed nothing while
     * every segment this instance holds has caught up: the rebuilt generation must wait for it, or the documents
     * in that segment vanish from search.
     */
    @Test
    void aRebuildWaitsForEverySegmentEvenOnesThisInstanceDoesNotHold() throws Exception {
        Api admin = admin();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = admin.upload(note(uniqueWord("segment")), "held.txt", Map.of("tags", tag))
                .getBody().get("id").asText();
        String byTag = "/api/search?tag=" + tag + "&q=";
        admin.getUntil(byTag, r -> r.get("total").asInt() == 1
                && r.get("hits").get(0).get("status").asText().equals("INDEXED"));

        StreamingEventProcessor documents = processing
                .eventProcessor(DocumentProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        String name = documents.getName();
        int[] segmentIds = tokens.fetchSegments(name);
        int held = Arrays.stream(Segment.computeSegments(segmentIds)).filter(segment -> segment.matches(id))
                .findFirst().orElseThrow().getSegmentId();
        TokenStore elsewhere = JpaTokenStore.builder().entityManagerProvider(entityManagers).serializer(serializer)
                .nodeId("another-instance").build();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        String previous = index.generations().current();

        documents.shutDown();
        documents.resetTokens(); // leaves every segment claimed by this instance
        transactions.executeWithoutResult(status -> {
            tokens.releaseClaim(name, held);
            elsewhere.fetchToken(name, held);
        });
        documents.start();
        long head = Processors.head(events);
        await().atMost(Duration.ofMinutes(3)).alias("this instance's segments replay")
                .until(() -> {
                    transactions.executeWithoutResult(status -> elsewhere.extendClaim(name, held));
                    Collection<EventTrackerStatus> mine = documents.processingStatus().values();
                    return mine.size() == segmentIds.length - 1 && mine.stream()
                            .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
                });
        // two completion checks, 5 s apart, go by while the other instance keeps its claim
        await().alias("queries wait for the held segment").during(Duration.ofSeconds(12))
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    transactions.executeWithoutResult(status -> elsewhere.extendClaim(name, held));
                    return index.generations().current().equals(previous);
                });
        transactions.executeWithoutResult(status -> elsewhere.releaseClaim(name, held));

        await().atMost(Duration.ofMinutes(3)).alias("the rebuilt generation replaces " + previous)
                .until(() -> !index.generations().rebuilding() && !index.generations().current().equals(previous));
        JsonNode after = admin.get(byTag).getBody();
        assertThat(after.get("total").asInt()).as("the held segment's document after the rebuild").isEqualTo(1);
        assertThat(after.get("hits").get(0).get("id").asText()).isEqualTo(id);
    }

    private static String hitsWithoutScores(JsonNode results) {
        StringBuilder hits = new StringBuilder(results.get("total").asText());
        results.get("hits").forEach(hit -> hits.append('|').append(hit.get("id").asText())
                .append(hit.get("title").asText()).append(hit.get("tags")).append(hit.get("highlights"))
                .append(hit.get("updatedAt").asText()));
        return hits.toString();
    }
}
