package org.praxis.platform.processing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.app.support.PraxisIT;
import org.praxis.query.IndexNames;
import org.praxis.query.ProjectionIndex;
import org.praxis.query.TextAnalysis;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A projection's batch of events is written with one {@code _bulk} request when the batch commits.
 * An entry Elasticsearch refuses for good (here: a field its strict mapping does not know) must not
 * hold back the rest of the batch: its events are parked as dead letters and the others are stored.
 * A dead letter being retried fails instead, so it stays in its queue. A batch of a few entries (a server keeping
 * up) is made searchable at once; a larger one waits for the index's periodic refresh.
 */
class ProjectionBatchIT extends PraxisIT {

    @Autowired
    private ElasticsearchClient client;
    @Autowired
    private IndexNames names;
    @Autowired
    private TextAnalysis analysis;

    private final List<EventMessage<?>> parked = new ArrayList<>();
    private ProjectionIndex<Map> notes;

    @BeforeEach
    void createIndex() throws IOException {
        notes = new ProjectionIndex<>(client, names, analysis, "notes-" + UUID.randomUUID().toString().substring(0, 8),
                Map.class, "/org/praxis/app/processing/notes-index.json", (events, cause) -> parked.addAll(events));
        notes.ensureExists();
    }

    @Test
    void an_entry_elasticsearch_refuses_is_parked_and_the_rest_of_the_batch_is_written() {
        EventMessage<?> first = event("a", 0, "first");
        EventMessage<?> second = event("a", 1, "second");
        EventMessage<?> refused = event("b", 0, "");
        EventMessage<?> other = event("c", 0, "other");

        new BatchingUnitOfWork<>(List.of(first, second, refused, other)).executeWithResult(this::project,
                RollbackConfigurationType.ANY_THROWABLE);
        notes.refresh();

        assertThat(notes.find("a")).contains(Map.of("text", "second"));
        assertThat(notes.find("c")).contains(Map.of("text", "other"));
        assertThat(notes.find("b")).isEmpty();
        assertThat(parked).containsExactly(refused);
    }

    @Test
    void a_retried_dead_letter_that_is_refused_again_fails() {
        var retry = DefaultUnitOfWork.startAndGet(event("d", 0, ""));
        project();

        assertThatThrownBy(retry::commit).hasMessageContaining("strict_dynamic_mapping_exception");
        assertThat(parked).isEmpty();
    }

    @Test
    void an_event_already_applied_is_not_applied_again() {
        new BatchingUnitOfWork<>(List.of(event("e", 0, "one"), event("e", 1, "two")))
                .executeWithResult(this::project, RollbackConfigurationType.ANY_THROWABLE);
        new BatchingUnitOfWork<>(List.of(event("e", 0, "replayed"), event("e", 1, "replayed")))
                .executeWithResult(this::project, RollbackConfigurationType.ANY_THROWABLE);
        notes.refresh();

        assertThat(notes.find("e")).contains(Map.of("text", "two"));
    }

    @Test
    void a_small_batch_is_searchable_at_once_and_a_bulk_load_waits_for_the_periodic_refresh() throws IOException {
        String index = notes.generations().writeAlias();
        client.indices().putSettings(p -> p.index(index).settings(settings -> settings.refreshInterval(
                interval -> interval.time("-1"))));

        new BatchingUnitOfWork<>(List.of(event("f", 0, "one"), event("f", 1, "edited")))
                .executeWithResult(this::project, RollbackConfigurationType.ANY_THROWABLE);
        assertThat(searchable(index)).as("a server keeping up: one note, no periodic refresh").isEqualTo(1);

        new BatchingUnitOfWork<>(List.of(event("g", 0, "g"), event("h", 0, "h"), event("i", 0, "i"),
                event("j", 0, "j"), event("k", 0, "k")))
                .executeWithResult(this::project, RollbackConfigurationType.ANY_THROWABLE);
        assertThat(searchable(index)).as("a bulk load of five notes, before any refresh").isEqualTo(1);
    }

    private long searchable(String index) throws IOException {
        return client.count(c -> c.index(index)).count();
    }

    /** The projection: sets the note's text; a note with empty text gets a field the mapping refuses. */
    private Object project() {
        var event = (GenericDomainEventMessage<?>) CurrentUnitOfWork.get().getMessage();
        String text = (String) event.getPayload();
        notes.apply(event.getAggregateIdentifier(), event.getSequenceNumber(),
                entry -> text.isEmpty() ? Map.of("unmapped", "field") : Map.of("text", text));
        return null;
    }

    private static EventMessage<?> event(String note, long sequence, String text) {
        return new GenericDomainEventMessage<>("Note", note, sequence, text);
    }
}
