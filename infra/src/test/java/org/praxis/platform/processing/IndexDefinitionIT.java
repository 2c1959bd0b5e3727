package org.praxis.platform.processing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.PraxisIT;
import org.praxis.query.IndexNames;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.TextAnalysis;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generation knows the definition it was created from, so an upgrade that changes fields or analysis is
 * noticed and the index rebuilt (the start-up rebuild itself is {@code MappingUpgrades}).
 */
class IndexDefinitionIT extends PraxisIT {

    @Autowired
    private ElasticsearchClient client;
    @Autowired
    private IndexNames names;
    @Autowired
    private TextAnalysis analysis;

    @Test
    void aGenerationMadeFromAnotherDefinitionIsOutdatedAndItsRebuildIsNot() throws IOException {
        ProjectionIndex<Map> notes = new ProjectionIndex<>(client, names, analysis,
                "notes-" + UUID.randomUUID().toString().substring(0, 8), Map.class,
                "/org/praxis/app/processing/notes-index.json", (events, cause) -> { });
        notes.ensureExists();
        assertThat(notes.generations().outdated()).isFalse();

        String current = notes.generations().current();
        client.indices().putMapping(p -> p.index(current).meta("praxis-definition", JsonData.of("an older one")));
        assertThat(notes.generations().outdated()).isTrue();

        notes.generations().startRebuild();
        notes.generations().completeRebuild();
        assertThat(notes.generations().outdated()).isFalse();
    }
}
