package org.praxis.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An index a projection keeps: one entry per aggregate, behind an alias, with an explicit mapping.
 * Writes are idempotent: the Elasticsearch version of an entry is the sequence number (plus one) of
 * the last event applied to it, written with {@code version_type=external}, so a replayed or retried
 * event can never regress or duplicate it.
 *
 * @param <T> the entry, serialised as the index's source
 */
public class ProjectionIndex<T> {

    private static final int CONFLICT = 409;

    private final ElasticsearchClient client;
    private final String kind;
    private final Class<T> entryType;
    private final IndexGenerations generations;

    /**
     * @param kind    the plural name of what the index holds ({@code documents}), which names the alias
     * @param mapping the class-path resource with the index's settings and mappings
     */
    public ProjectionIndex(ElasticsearchClient client, IndexNames names, TextAnalysis analysis, String kind,
                           Class<T> entryType, String mapping) {
        this.client = client;
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
     * it. A change to {@code null} removes the entry.
     */
    public void apply(String id, long sequence, UnaryOperator<T> change) {
        long version = sequence + 1;
        try {
            String target = generations.writeAlias();
            GetResponse<T> current = client.get(g -> g.index(target).id(id), entryType);
            if (current.found() && current.version() != null && current.version() >= version) {
                return;
            }
            T next = change.apply(current.found() ? current.source() : null);
            if (next != null) {
                client.index(i -> i.index(target).id(id).document(next)
                        .versionType(VersionType.External).version(version));
            } else if (current.found()) {
                client.delete(d -> d.index(target).id(id).versionType(VersionType.External).version(version));
            }
        } catch (ElasticsearchException e) {
            if (e.status() != CONFLICT) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Makes every change so far visible to searches now, rather than at the next periodic refresh. */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias()));
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
