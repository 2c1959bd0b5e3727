package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.query.IndexNames;
import org.praxis.query.SameContent;
import org.praxis.query.Viewer;
import org.praxis.query.document.TextLanguages;
import org.praxis.query.semantic.SemanticRanking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.praxis.query.ItemFields.BODY;
import static org.praxis.query.ItemFields.INSIGHTS;
import static org.praxis.query.ItemFields.MEDIA_TYPE;
import static org.praxis.query.ItemFields.PROJECT;
import static org.praxis.query.ItemFields.TAGS;
import static org.praxis.query.ItemFields.TEXT;
import static org.praxis.query.ItemFields.UPDATED_AT;
import static org.praxis.query.ItemFields.WHAT_HAPPENED;

/**
 * Full-text search over everything the viewer may see, ranked by {@link Ranking} (never the raw query-string
 * syntax, so no input can fail or run a costly query): a page with highlighted snippets, facets, "did you mean"
 * ({@link #search}), or only the ranked ids ({@link #rank}, for evidence and for scoring against judgements). Identical copies (the same bytes uploaded twice) are listed once, the best-scoring
 * copy the viewer may see standing for all ({@link SameContent}); facets still count every item. Visibility is a
 * filter inside the query, so hits, totals, facets and snippets never reveal what the viewer may not see.
 */
public class SearchService {

    static final int SNIPPET_LENGTH = 160;
    private static final String TYPE_FACET = "type";
    private static final String YEAR_FACET = "year";
    /**
     * Identical copies are listed once ({@link SameContent}); the total counts distinct contents, exactly up to
     * the cardinality aggregation's precision threshold (40,000, its maximum), approximately above.
     */
    private static final String DISTINCT = "distinct";
    private static final Aggregation DISTINCT_COUNT = Aggregation.of(a -> a.cardinality(c -> c.field(SameContent.FIELD)
            .precisionThreshold(40_000)));
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final SearchScope scope;
    private final Ranking ranking;
    private final SearchHits hits;
    private final DidYouMean didYouMean;
    private final DiscussionMatches discussions;
    private final SemanticRanking semantic;

    /** @param semantic ranking by meaning, or null to rank by words alone */
    public SearchService(ElasticsearchClient client, IndexNames names, SemanticRanking semantic) {
        this.client = client;
        this.names = names;
        this.scope = new SearchScope(names);
        this.ranking = new Ranking(client, names);
        this.hits = new SearchHits(names);
        this.didYouMean = new DidYouMean(client, scope);
        this.discussions = new DiscussionMatches(client, names);
        this.semantic = semantic;
    }

    public SearchResults search(SearchQuery query, Viewer viewer) {
        try {
            QueryText text = new QueryText(query.text());
            Ranked ranked = ranked(query, viewer, RankingSignals.ALL);
            int from = (query.page() - 1) * query.size();
            boolean byMeaning = semantic != null && !text.text().isEmpty() && from < SemanticRanking.DEPTH;
            return byMeaning ? searchByWordsAndMeaning(query, viewer, ranked) : searchByWords(query, viewer, ranked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request: the page in the order of the words' ranking, with facets, snippets and did-you-mean. */
    private SearchResults searchByWords(SearchQuery query, Viewer viewer, Ranked ranked) throws IOException {
        SearchResponse<ObjectNode> response = client.search(request(query, ranked)
                .from((query.page() - 1) * query.size()).size(query.size()).build(), ObjectNode.class);
        List<SearchHit> page = response.hits().hits().stream()
                .map(hit -> hits.from(hit, null, ranked.discussionSnippet(hit.id()))).toList();
        return results(query, viewer, response, distinct(response), page);
    }

    /**
     * The best {@link SemanticRanking#DEPTH} word matches ordered again by meaning; then the page's items,
     * with facets over every match (a post filter picks the page after the aggregations), snippets and the
     * passage closest to the query.
     */
    private SearchResults searchByWordsAndMeaning(SearchQuery query, Viewer viewer, Ranked ranked)
            throws IOException {
        SearchResponse<Void> byWords = client.search(s -> s.index(scope.indices(query.type())).query(ranked.query())
                .size(SemanticRanking.DEPTH).collapse(c -> c.field(SameContent.FIELD)).source(source -> source.fetch(false))
                .aggregations(DISTINCT, DISTINCT_COUNT), Void.class);
        float[] vector = semantic.embed(query.text());
        List<String> order = semantic.rerank(vector, byWords.hits().hits().stream().map(Hit::id).toList());
        int from = (query.page() - 1) * query.size();
        List<String> page = order.subList(Math.min(from, order.size()), Math.min(from + query.size(), order.size()));
        SearchResponse<ObjectNode> response = client.search(request(query, ranked).size(page.size())
                .postFilter(f -> f.ids(i -> i.values(page))).build(), ObjectNode.class);
        Map<String, String> passages = semantic.closestPassages(vector, page);
        Map<String, SearchHit> pageHits = new HashMap<>();
        response.hits().hits().forEach(hit -> pageHits.put(hit.id(),
                hits.from(hit, passages.get(hit.id()), ranked.discussionSnippet(hit.id()))));
        return results(query, viewer, response, distinct(byWords),
                page.stream().map(pageHits::get).filter(Objects::nonNull).toList());
    }

    private SearchResults results(SearchQuery query, Viewer viewer, SearchResponse<ObjectNode> response, long total,
                                  List<SearchHit> hits) throws IOException {
        if (response.shards().failed().intValue() > 0) {
            log.warn("A search failed on {} shard(s): {}", response.shards().failed(), response.shards().failures());
        }
        return new SearchResults(total, response.took(), query.page(), query.size(), hits,
                facets(response.aggregations()), didYouMean.offer(query, response, viewer));
    }

    /** How many distinct contents matched: identical copies count once, as they are listed once. */
    private static long distinct(SearchResponse<?> response) {
        return response.aggregations().get(DISTINCT).cardinality().value();
    }

    /**
     * Only the ids of the {@code depth} best hits, exactly as {@link #search} ranks them, without snippets,
     * facets or suggestions: for scoring rankings against relevance judgements ({@code query}'s paging is
     * ignored; {@code depth} is at most {@link SearchQuery#MAX_RESULT_WINDOW}); {@code signals} other than
     * {@link RankingSignals#ALL} measure what each signal gives.
     */
    public List<String> rank(SearchQuery query, Viewer viewer, int depth, RankingSignals signals) {
        try {
            Query ranked = ranked(query, viewer, signals).query();
            boolean byMeaning = semantic != null && signals.semantic() && !query.text().isBlank();
            int size = byMeaning ? Math.max(depth, SemanticRanking.DEPTH) : depth;
            List<String> byWords = client.search(s -> s.index(scope.indices(query.type())).query(ranked).size(size)
                    .collapse(c -> c.field(SameContent.FIELD)).source(source -> source.fetch(false)), Void.class).hits().hits().stream().map(Hit::id).toList();
            if (!byMeaning) {
                return byWords;
            }
            List<String> head = byWords.subList(0, Math.min(byWords.size(), SemanticRanking.DEPTH));
            List<String> order = new ArrayList<>(semantic.rerank(semantic.embed(query.text()), head));
            order.addAll(byWords.subList(head.size(), byWords.size()));
            return order.subList(0, Math.min(depth, order.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page request for this ranked query: facets, snippets of the words as typed, did-you-mean; no paging yet. */
    private SearchRequest.Builder request(SearchQuery query, Ranked ranked) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(scope.indices(query.type()))
                .query(ranked.query())
                .collapse(c -> c.field(SameContent.FIELD))
                .aggregations(DISTINCT, DISTINCT_COUNT)
                .source(s -> s.filter(f -> f.excludes(TEXT, TextLanguages.FIELD, BODY, WHAT_HAPPENED, INSIGHTS)))
                .aggregations(TYPE_FACET, a -> a.terms(t -> t.field("_index").size(10)))
                .aggregations(TAGS, a -> a.terms(t -> t.field(TAGS).size(20)))
                .aggregations(MEDIA_TYPE, a -> a.terms(t -> t.field(MEDIA_TYPE).size(20)))
                .aggregations(PROJECT, a -> a.terms(t -> t.field(PROJECT).size(20)))
                .aggregations(YEAR_FACET, a -> a.dateHistogram(d -> d.field(UPDATED_AT)
                        .calendarInterval(CalendarInterval.Year).format("yyyy").minDocCount(1)));
        if (query.text().isEmpty()) {
            request.sort(s -> s.field(f -> f.field(UPDATED_AT).order(SortOrder.Desc)));
        } else {
            // Snippets mark the words as typed (and their stems), and the close spellings only when typo
            // tolerance took part (few items matched, so marking them costs little).
            request.highlight(h -> {
                h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .highlightQuery(ranked.highlight());
                SearchHits.SNIPPET_FIELDS.forEach(field -> h.fields(field, f -> f.fragmentSize(SNIPPET_LENGTH)
                        .numberOfFragments(3).noMatchSize(SNIPPET_LENGTH)));
                TextLanguages.FIELDS.forEach(field -> h.fields(field, f -> f.fragmentSize(SNIPPET_LENGTH)
                        .numberOfFragments(3)));
                SearchHits.NAME_SNIPPET_FIELDS.forEach(field -> h.fields(field, f -> f.numberOfFragments(0)));
                return h;
            });
            DidYouMean.ask(request, query.text());
        }
        return request;
    }

    /**
     * The query ranking what the viewer may see, narrowed by the query's facets, for its words: in the items
     * themselves, then in what is said about them.
     */
    private Ranked ranked(SearchQuery query, Viewer viewer, RankingSignals signals) throws IOException {
        Query visible = Query.of(q -> q.bool(b -> SearchScope.visible(b, query, viewer)));
        QueryText text = new QueryText(query.text(), signals.questionWords());
        List<String> indices = scope.indices(query.type());
        Ranking.Ranked byWords = ranking.query(text, indices, visible, signals);
        Map<String, DiscussionMatches.Match> discussed = discussions.of(text, indices);
        return new Ranked(DiscussionMatches.lift(byWords.query(), visible, discussed), byWords.highlight(), discussed);
    }

    /** The ranked query, what marks the words in snippets, and the items found by what is said about them. */
    private record Ranked(Query query, Query highlight, Map<String, DiscussionMatches.Match> discussed) {

        String discussionSnippet(String itemId) {
            DiscussionMatches.Match match = discussed.get(itemId);
            return match == null ? null : match.snippet();
        }
    }

    private Facets facets(Map<String, Aggregate> aggregations) {
        List<Facets.Bucket> types = aggregations.get(TYPE_FACET).sterms().buckets().array().stream()
                .map(b -> new Facets.Bucket(names.itemType(b.key().stringValue()), b.docCount())).toList();
        return new Facets(types, terms(aggregations.get(TAGS)), terms(aggregations.get(PROJECT)),
                terms(aggregations.get(MEDIA_TYPE)),
                aggregations.get(YEAR_FACET).dateHistogram().buckets().array().stream()
                        .map(b -> new Facets.Bucket(b.keyAsString(), b.docCount())).toList());
    }

    private static List<Facets.Bucket> terms(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream()
                .map(b -> new Facets.Bucket(b.key().stringValue(), b.docCount())).toList();
    }
}
