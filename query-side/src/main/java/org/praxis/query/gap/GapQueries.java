package org.praxis.query.gap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.praxis.query.IndexNames;
import org.praxis.query.ProjectionIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import static org.praxis.query.ItemFields.ASKED_TIMES;
import static org.praxis.query.ItemFields.LAST_ASKED_AT;

/** The gaps in the knowledge base: one by its id, or the most sought-after first. */
public class GapQueries {

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ProjectionIndex<GapEntry> index;

    public GapQueries(ElasticsearchClient client, IndexNames names, ProjectionIndex<GapEntry> index) {
        this.client = client;
        this.names = names;
        this.index = index;
    }

    /** The gap with this id ({@code gap-…}), empty when nobody asked such a question. */
    public Optional<GapEntry> find(String id) {
        return index.find(id);
    }

    public List<GapEntry> mostAsked(int size) {
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100");
        }
        try {
            return client.search(s -> s.index(names.alias(IndexNames.GAPS)).size(size)
                            .sort(o -> o.field(f -> f.field(ASKED_TIMES).order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field(LAST_ASKED_AT).order(SortOrder.Desc))), GapEntry.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
