package org.praxis.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * An index a projection keeps: one entry per aggregate, behind an alias, with an explicit mapping.
 * Writes are idempotent: the Elasticsearch version of an entry is the sequence number (plus one) of
 * the last event applied to it, written with {@code version_type=external}, so a replayed or retried
 * event can never regress or duplicate it. An event processor's batch is written with one
 * {@code _bulk} request (see {@link IndexBatch}).
 *
 * @param <T> the entry, serialised as the index's source
 */
public class ProjectionIndex<T> {

    /** A batch writing at most this many entries is a server keeping up: it is made searchable at once. */
    private static final int FEW_ENTRIES = 4;
    private static final Duration PROMPT_REFRESH_GAP = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(ProjectionIndex.class);

    private final AtomicLong lastPromptRefresh = new AtomicLong(System.nanoTime() - PROMPT_REFRESH_GAP.toNanos());
    private final ElasticsearchClient client;
    private final String kind;
    private final Class<T> entryType;
    private final IndexGenerations generations;
    private final RejectedWrites rejected;
    private final String batchKey;

    /**
     * @param kind     the plural name of what the index holds ({@code documents}), which names the alias
     * @param mapping  the class-path resource with the index's settings and mappings
     * @param rejected where the events go whose entries Elasticsearch refuses to store
     */
    public ProjectionIndex(ElasticsearchClient client, IndexNames names, TextAnalysis analysis, String kind,
                           Class<T> entryType, String mapping, RejectedWrites rejected) {
        this.client = client;
        this.rejected = rejected;
        this.batchKey = ProjectionIndex.class.getName() + "/" + kind;
        this.kind = kind;
        this.entryType = entryType;
        this.generations = new IndexGenerations(client, names, analysis, kind, mapping);
    }

    /** The alias queries read. */
    public String alias() {
        return generations.readAlias();
    }

    public String kind() {
        return kind;
    }

    public IndexGenerations generations() {
        return generations;
    }

    public void ensureExists() throws IOException {
        generations.ensureExists();
    }

    /** Starts filling a new generation from scratch (a replay); queries keep reading the current one. */
    public void startRebuild() {
        generations.startRebuild();
    }

    /**
     * Applies the change made by the event with this sequence number, unless the entry already reflects
     * it. A change to {@code null} removes the entry. Within an event processor's batch the change is
     * kept with the batch's other changes and written with them when the batch commits.
     */
    public void apply(String id, long sequence, UnaryOperator<T> change) {
        try {
            if (!CurrentUnitOfWork.isStarted()) {
                IndexBatch<T> alone = new IndexBatch<>(client, generations.writeAlias(), entryType, null);
                alone.apply(id, sequence + 1, change, null);
                alone.write();
                return;
            }
            EventMessage<?> event = CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?> handled
                    ? handled : null;
            currentBatch().apply(id, sequence + 1, change, event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This index's share of the current unit of work, written when it commits. A processor's batch
     * reads the entries of all its aggregates at once and parks refused writes as dead letters; a
     * dead letter being retried fails instead, and stays in the queue.
     */
    private IndexBatch<T> currentBatch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(batchKey, key -> {
            boolean processorBatch = unitOfWork instanceof BatchingUnitOfWork<?>;
            IndexBatch<T> batch = new IndexBatch<>(client, generations.writeAlias(), entryType,
                    processorBatch ? rejected : null);
            if (processorBatch) {
                try {
                    batch.prefetch(((BatchingUnitOfWork<?>) unitOfWork).getMessages().stream()
                            .filter(DomainEventMessage.class::isInstance)
                            .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier()).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            unitOfWork.onPrepareCommit(committing -> {
                try {
                    int written = batch.write();
                    if (processorBatch && written > 0 && written <= FEW_ENTRIES) {
                        refreshPromptly();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return batch;
        });
    }

    /** Ids of up to {@code limit} entries whose keyword {@code field} holds any of {@code values}, visible or not. */
    public List<String> idsWithAny(String field, Collection<String> values, int limit) {
        if (values.isEmpty()) {
            return List.of();
        }
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        try {
            return client.search(s -> s.index(alias()).size(limit).source(src -> src.fetch(false))
                            .query(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))), Void.class)
                    .hits().hits().stream().map(Hit::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code limit} entries that match {@code query}, visible or not, in no particular order. */
    public List<T> where(Query query, int limit) {
        try {
            return client.search(s -> s.index(alias()).size(limit).query(query), entryType)
                    .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After a processor's batch that wrote only a few entries (a server keeping up, not a bulk load or a replay),
     * makes them searchable now instead of at the next periodic refresh (up to a second later): an upload on an idle
     * server is found as soon as its text is recorded. At most one such refresh per {@code PROMPT_REFRESH_GAP}, so a
     * steady trickle of small batches costs at most a few refreshes a second; a failed refresh is only logged, as
     * the periodic one follows anyway.
     */
    private void refreshPromptly() {
        long now = System.nanoTime();
        long last = lastPromptRefresh.get();
        if (now - last < PROMPT_REFRESH_GAP.toNanos() || !lastPromptRefresh.compareAndSet(last, now)) {
            return;
        }
        try {
            client.indices().refresh(r -> r.index(generations.writeAlias()));
        } catch (IOException | ElasticsearchException e) {
            log.debug("A prompt refresh of {} failed; the periodic one follows: {}", kind, e.getMessage());
        }
    }

    /** Makes every change so far visible to searches now, rather than at the next periodic refresh. */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entry as {@link #find} reads it, made searchable first when the index has not refreshed since it was
     * written (one extra read, and a refresh only then): what a reader is shown, the next search finds.
     */
    public Optional<T> findSearchable(String id) {
        try {
            GetResponse<T> now = client.get(g -> g.index(alias()).id(id), entryType);
            if (!now.found()) {
                return Optional.empty();
            }
            GetResponse<T> searchable = client.get(g -> g.index(alias()).id(id).realtime(false), entryType);
            if (!searchable.found() || !Objects.equals(searchable.version(), now.version())) {
                refresh();
            }
            return Optional.ofNullable(now.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<T> find(String id) {
        try {
            GetResponse<T> response = client.get(g -> g.index(alias()).id(id), entryType);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
