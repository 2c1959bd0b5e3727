package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import static org.praxis.query.ItemFields.EXTRACTED_TITLE;
import static org.praxis.query.ItemFields.FILE_NAME;
import static org.praxis.query.ItemFields.TITLE;

/** Completion while typing: titles of visible items that start with the words typed so far. */
public class TitleSuggestions {

    /** The longest prefix completed, in characters. */
    public static final int MAX_PREFIX_LENGTH = 100;
    private static final int SUGGESTIONS = 10;

    private final ElasticsearchClient client;
    private final SearchScope scope;

    public TitleSuggestions(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.scope = new SearchScope(names);
    }

    /**
     * Up to 10 distinct titles (the person's, else the file's, else the file name) of visible, unarchived items
     * whose title words start with {@code prefix}, best first.
     *
     * @throws IllegalArgumentException when the prefix is blank or longer than {@link #MAX_PREFIX_LENGTH}
     */
    public List<String> suggest(String prefix, Viewer viewer) {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.isEmpty() || typed.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("prefix must have 1 to " + MAX_PREFIX_LENGTH + " characters");
        }
        try {
            return client.search(s -> s.index(scope.indices(null)).size(SUGGESTIONS)
                            .query(q -> q.bool(b -> SearchScope.visible(b, viewer).must(m -> m.multiMatch(mm -> mm
                                    .query(typed).type(TextQueryType.BoolPrefix)
                                    .fields(TITLE + Ranking.EXACT_SUFFIX, EXTRACTED_TITLE + Ranking.EXACT_SUFFIX,
                                            FILE_NAME)))))
                            .source(source -> source.filter(f -> f.includes(SearchHits.NAME_SNIPPET_FIELDS))),
                    ObjectNode.class)
                    .hits().hits().stream().map(hit -> SearchHits.title(hit.source())).filter(Objects::nonNull)
                    .distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
