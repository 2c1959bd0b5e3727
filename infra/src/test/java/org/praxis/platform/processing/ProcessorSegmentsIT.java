package org.praxis.platform.processing;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.Api;
import org.praxis.app.support.PraxisIT;
import org.praxis.platform.config.PraxisProperties;
import org.praxis.query.document.DocumentProjection;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event store made with another number of segments than {@code praxis.processing.segments} is brought to it,
 * and the processor goes on: the documents processor, split into one segment more (as an older Praxis, which made
 * 16, would have left it) and merged back, then merged into one fewer (the setting raised for more instances) and
 * split again, still makes an upload searchable. A processor set up with one segment to keep the stream's order
 * keeps it.
 */
class ProcessorSegmentsIT extends PraxisIT {

    private static final String NOTIFICATIONS = "notifications";

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;
    @Autowired
    TransactionManager transactions;
    @Autowired
    ProcessorSegments praxisSegments;
    @Autowired
    PraxisProperties properties;

    @Test
    void a_processor_with_another_number_of_segments_is_brought_to_its_setting_and_goes_on() throws Exception {
        PooledStreamingEventProcessor documents = processing
                .eventProcessor(DocumentProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        int setting = properties.processing().segments();
        assertThat(setting).as("one segment per core unless set").isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(segments(documents)).as("a new event store's segments").hasSize(setting);

        int first = Arrays.stream(segments(documents)).min().orElseThrow();
        assertThat(documents.splitSegment(first).get(1, TimeUnit.MINUTES)).as("split").isTrue();
        assertThat(segments(documents)).hasSize(setting + 1);
        assertThat(praxisSegments.adjust(documents)).isTrue();
        assertThat(segments(documents)).as("merged down").hasSize(setting);

        if (setting > 1) {
            int highest = Arrays.stream(segments(documents)).max().orElseThrow();
            assertThat(documents.mergeSegment(highest).get(1, TimeUnit.MINUTES)).as("merge").isTrue();
            assertThat(segments(documents)).hasSize(setting - 1);
            assertThat(praxisSegments.adjust(documents)).isTrue();
            assertThat(segments(documents)).as("split up").hasSize(setting);
        }

        PooledStreamingEventProcessor notifications = processing
                .eventProcessor(NOTIFICATIONS, PooledStreamingEventProcessor.class).orElseThrow();
        assertThat(praxisSegments.adjust(notifications)).isTrue();
        assertThat(segments(notifications)).as("the stream's order kept").hasSize(1);

        String word = uniqueWord("resegmented");
        Api admin = admin();
        String id = admin.upload(note(word), "after-the-segments-changed.txt", Map.of()).getBody().get("id").asText();
        JsonNode found = admin.awaitSearch(word, result -> result.get("total").asInt() == 1
                && "INDEXED".equals(result.get("hits").get(0).get("status").asText()));
        assertThat(found.get("hits").get(0).get("id").asText()).isEqualTo(id);
    }

    private int[] segments(PooledStreamingEventProcessor processor) {
        return transactions.fetchInTransaction(() -> tokens.fetchSegments(processor.getName()));
    }
}
