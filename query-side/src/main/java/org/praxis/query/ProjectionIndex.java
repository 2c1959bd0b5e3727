package org.praxis.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
    private final IndexNames names;
    private final String kind;
    private final Class<T> entryType;
    private final String mapping;
    private final TextAnalysis analysis;

    /**
     * @param kind    the plural name of what the index holds ({@code documents}), which names the alias
     * @param mapping the class-path resource with the index's settings and mappings
     */
    public ProjectionIndex(ElasticsearchClient client, IndexNames names, TextAnalysis analysis, String kind,
                           Class<T> entryType, String mapping) {
        this.client = client;
        this.analysis = analysis;
        this.names = names;
        this.kind = kind;
        this.entryType = entryType;
        this.mapping = mapping;
    }

    public String alias() {
        return names.alias(kind);
    }

    /** Creates the first generation of the index behind its alias, unless the alias exists. */
    public void ensureExists() throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias())).value()) {
            return;
        }
        try (InputStream resource = ProjectionIndex.class.getResourceAsStream(mapping)) {
            String definition = analysis.adapt(new String(resource.readAllBytes(), StandardCharsets.UTF_8));
            client.indices().create(c -> c.withJson(new StringReader(definition))
                    .index(names.generation(kind, 1))
                    .aliases(alias(), a -> a.isWriteIndex(true)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** Drops every index behind the alias and starts a new, empty first generation. */
    public void recreate() {
        try {
            var behindAlias = client.indices().getAlias(a -> a.name(alias()).ignoreUnavailable(true)).result().keySet();
            for (String index : behindAlias) {
                client.indices().delete(d -> d.index(index));
            }
            ensureExists();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies the change made by the event with this sequence number, unless the entry already reflects
     * it. A change to {@code null} removes the entry.
     */
    public void apply(String id, long sequence, UnaryOperator<T> change) {
        long version = sequence + 1;
        try {
            GetResponse<T> current = client.get(g -> g.index(alias()).id(id), entryType);
            if (current.found() && current.version() != null && current.version() >= version) {
                return;
            }
            T next = change.apply(current.found() ? current.source() : null);
            if (next != null) {
                client.index(i -> i.index(alias()).id(id).document(next)
                        .versionType(VersionType.External).version(version));
            } else if (current.found()) {
                client.delete(d -> d.index(alias()).id(id).versionType(VersionType.External).version(version));
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
