package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.praxis.query.IndexNames;
import org.praxis.query.discussion.DiscussionEntry;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Items found by what is said about them: the discussions whose comments match the words, as a clause that lifts
 * (or brings in) their items in the ranked query, and a snippet of the comment for each. Comments are part of their
 * item: the ranked query keeps its visibility filter, so a comment never brings in an item the viewer may not see.
 */
final class DiscussionMatches {

    /** How many discussions may lift their items; the best matches first. */
    static final int MAX_DISCUSSIONS = 100;
    /**
     * A comment's match counts half of one in the item itself (its score in the discussions index times this): what
     * is said about an item describes it less closely than its own text.
     */
    static final float DISCUSSION_WEIGHT = 0.5f;
    static final String TEXT = "comments.text";

    private final ElasticsearchClient client;
    private final IndexNames names;

    DiscussionMatches(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** One item's discussion matched: its score there and a snippet of the best matching comment (HTML, marked). */
    record Match(double score, String snippet) {
    }

    /**
     * The items of {@code indices} whose discussions match {@code text}, by item id, best first; empty for no words.
     */
    Map<String, Match> of(QueryText text, List<String> indices) throws IOException {
        if (text.text().isEmpty()) {
            return Map.of();
        }
        List<FieldValue> items = indices.stream().map(names::itemType)
                .map(type -> FieldValue.of(type.toUpperCase(Locale.ROOT))).toList();
        Map<String, Match> matches = new LinkedHashMap<>();
        for (Hit<DiscussionEntry> hit : client.search(s -> s.index(names.alias(IndexNames.DISCUSSIONS))
                .size(MAX_DISCUSSIONS)
                .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("item").terms(v -> v.value(items))))
                        .must(m -> m.simpleQueryString(sq -> sq.query(text.text()).fields(TEXT)
                                .defaultOperator(Operator.Or).minimumShouldMatch("75%").lenient(true)))))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields(TEXT, f -> f.fragmentSize(SearchService.SNIPPET_LENGTH).numberOfFragments(1))),
                DiscussionEntry.class).hits().hits()) {
            String snippet = hit.highlight().getOrDefault(TEXT, List.of()).stream().findFirst().orElse(null);
            matches.putIfAbsent(hit.source().itemId(), new Match(hit.score() == null ? 0 : hit.score(), snippet));
        }
        return matches;
    }

    /**
     * {@code ranked} with the matched items lifted by their discussions' scores and brought in when only what is said
     * about them matches, all within {@code filter} (what the viewer may see); {@code ranked} itself when nothing
     * matched.
     */
    static Query lift(Query ranked, Query filter, Map<String, Match> matches) {
        if (matches.isEmpty()) {
            return ranked;
        }
        return Query.of(q -> q.bool(b -> {
            b.filter(filter).minimumShouldMatch("1").should(ranked);
            matches.forEach((itemId, match) -> b.should(s -> s.constantScore(c -> c
                    .filter(f -> f.ids(i -> i.values(itemId))).boost((float) match.score() * DISCUSSION_WEIGHT))));
            return b;
        }));
    }
}
