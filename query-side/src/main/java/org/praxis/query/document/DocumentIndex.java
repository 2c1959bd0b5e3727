package org.praxis.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.praxis.query.IndexNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@code documents} index. Writes are idempotent: the Elasticsearch version of a document is
 * the sequence number (plus one) of the last event applied to it, written with
 * {@code version_type=external}, so a replayed or retried event can never regress or duplicate it.
 */
public class DocumentIndex {

    private static final int CONFLICT = 409;

    private final ElasticsearchClient client;
    private final IndexNames names;

    public DocumentIndex(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    public String alias() {
        return names.alias(IndexNames.DOCUMENTS);
    }

    /** Creates the first generation of the index behind its alias, unless the alias exists. */
    public void ensureExists() throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias())).value()) {
            return;
        }
        try (InputStream definition = getClass().getResourceAsStream("documents-index.json")) {
            client.indices().create(c -> c.withJson(definition)
                    .index(names.generation(IndexNames.DOCUMENTS, 1))
                    .aliases(alias(), a -> a.isWriteIndex(true)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** Drops every index behind the alias and starts a new, empty first generation. */
    void recreate() {
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

    /** Applies the change made by the event with this sequence number, unless the entry already reflects it. */
    void apply(String id, long sequence, UnaryOperator<DocumentEntry> change) {
        long version = sequence + 1;
        try {
            GetResponse<DocumentEntry> current = client.get(g -> g.index(alias()).id(id), DocumentEntry.class);
            if (current.found() && current.version() != null && current.version() >= version) {
                return;
            }
            DocumentEntry next = change.apply(current.found() ? current.source() : null);
            client.index(i -> i.index(alias()).id(id).document(next)
                    .versionType(VersionType.External).version(version));
        } catch (ElasticsearchException e) {
            if (e.status() != CONFLICT) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<DocumentEntry> find(String id) {
        try {
            GetResponse<DocumentEntry> response = client.get(g -> g.index(alias()).id(id), DocumentEntry.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
