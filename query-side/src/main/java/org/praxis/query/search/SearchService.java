package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import org.praxis.query.IndexNames;
import org.praxis.query.SameContent;
import org.praxis.query.document.TextLanguages;
import org.praxis.query.Viewer;
import org.praxis.query.semantic.SemanticRanking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search over everything the viewer may see, ranked by {@link Ranking} (never the raw
 * query-string syntax, so no input can fail or run a costly query), with highlighted snippets, facets,
 * "did you mean" and paging. Identical copies (the same bytes uploaded twice) are listed once, the best-scoring
 * copy the viewer may see standing for all ({@link SameContent}); facets still count every item. Visibility is a
 * filter inside the query, so hits, totals, facets and snippets never reveal what the viewer may not see.
 */
public class SearchService {

    private static final List<String> SNIPPET_FIELDS = List.of("text", "body", "whatHappened", "insights.text");
    /**
     * Names are marked too, after the text's snippets, so that an item found by a word of its title or file
     * name shows that word: every hit has a marked word that made it match.
     */
    private static final List<String> NAME_SNIPPET_FIELDS = List.of("title", "extractedTitle", "fileName");
    private static final List<String> SEARCHED_KINDS = List.of(IndexNames.DOCUMENTS, IndexNames.PRACTICES,
            IndexNames.LESSONS);
    private static final String SUGGESTION = "didYouMean";
    private static final int SNIPPET_LENGTH = 160;
    private static final int SUGGESTIONS = 10;
    public static final int MAX_PREFIX_LENGTH = 100;
    private static final List<String> EVIDENCE_FIELDS = List.of("title", "extractedTitle", "fileName", "owner",
            "author", "authors", "revisers", "endorsers", "insightAuthors", "updatedAt");
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
    private final Ranking ranking;
    private final SemanticRanking semantic;

    /** @param semantic ranking by meaning, or null to rank by words alone */
    public SearchService(ElasticsearchClient client, IndexNames names, SemanticRanking semantic) {
        this.client = client;
        this.names = names;
        this.ranking = new Ranking(client, names);
        this.semantic = semantic;
    }

    public SearchResults search(SearchQuery query, Viewer viewer) {
        try {
            QueryText text = new QueryText(query.text());
            Ranking.Ranked ranked = ranked(query, viewer, RankingSignals.ALL);
            int from = (query.page() - 1) * query.size();
            boolean byMeaning = semantic != null && !text.text().isEmpty() && from < SemanticRanking.DEPTH;
            return byMeaning ? searchByWordsAndMeaning(query, viewer, ranked) : searchByWords(query, viewer, ranked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request: the page in the order of the words' ranking, with facets, snippets and did-you-mean. */
    private SearchResults searchByWords(SearchQuery query, Viewer viewer, Ranking.Ranked ranked) throws IOException {
        SearchResponse<ObjectNode> response = client.search(request(query, ranked)
                .from((query.page() - 1) * query.size()).size(query.size()).build(), ObjectNode.class);
        List<SearchHit> hits = response.hits().hits().stream().map(hit -> hit(hit, null)).toList();
        return results(query, viewer, response, distinct(response), hits);
    }

    /**
     * The best {@link SemanticRanking#DEPTH} word matches ordered again by meaning; then the page's items,
     * with facets over every match (a post filter picks the page after the aggregations), snippets and the
     * passage closest to the query.
     */
    private SearchResults searchByWordsAndMeaning(SearchQuery query, Viewer viewer, Ranking.Ranked ranked)
            throws IOException {
        SearchResponse<Void> byWords = client.search(s -> s.index(indices(query.type())).query(ranked.query())
                .size(SemanticRanking.DEPTH).collapse(c -> c.field(SameContent.FIELD)).source(source -> source.fetch(false))
                .aggregations(DISTINCT, DISTINCT_COUNT), Void.class);
        float[] vector = semantic.embed(query.text());
        List<String> order = semantic.rerank(vector, byWords.hits().hits().stream().map(Hit::id).toList());
        int from = (query.page() - 1) * query.size();
        List<String> page = order.subList(Math.min(from, order.size()), Math.min(from + query.size(), order.size()));
        SearchResponse<ObjectNode> response = client.search(request(query, ranked).size(page.size())
                .postFilter(f -> f.ids(i -> i.values(page))).build(), ObjectNode.class);
        Map<String, String> passages = semantic.closestPassages(vector, page);
        Map<String, SearchHit> hits = new HashMap<>();
        response.hits().hits().forEach(hit -> hits.put(hit.id(), hit(hit, passages.get(hit.id()))));
        return results(query, viewer, response, distinct(byWords),
                page.stream().map(hits::get).filter(Objects::nonNull).toList());
    }

    private SearchResults results(SearchQuery query, Viewer viewer, SearchResponse<ObjectNode> response, long total,
                                  List<SearchHit> hits) throws IOException {
        if (response.shards().failed().intValue() > 0) {
            log.warn("A search failed on {} shard(s): {}", response.shards().failed(), response.shards().failures());
        }
        return new SearchResults(total, response.took(), query.page(), query.size(), hits,
                facets(response.aggregations()), didYouMean(query, response, viewer));
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
            List<String> byWords = client.search(s -> s.index(indices(query.type())).query(ranked).size(size)
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

    /** Titles of visible items that start with these words, for completion while typing. */
    public List<String> suggest(String prefix, Viewer viewer) {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.isEmpty() || typed.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("prefix must have 1 to " + MAX_PREFIX_LENGTH + " characters");
        }
        SearchQuery everything = new SearchQuery("", null, null, null, null, null, null, 1, SUGGESTIONS);
        try {
            return client.search(s -> s.index(indices(null)).size(SUGGESTIONS)
                            .query(q -> q.bool(b -> filters(b, everything, viewer).must(m -> m.multiMatch(mm -> mm
                                    .query(typed).type(TextQueryType.BoolPrefix)
                                    .fields("title.exact", "extractedTitle.exact", "fileName")))))
                            .source(source -> source.filter(f -> f.includes("title", "extractedTitle", "fileName"))),
                    ObjectNode.class)
                    .hits().hits().stream().map(hit -> title(hit.source())).filter(Objects::nonNull).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Visible documents whose text is most like this one's ("more like this"), itself excluded. */
    public List<SearchHit> related(String documentId, Viewer viewer, int size) {
        SearchQuery everything = new SearchQuery("", null, null, null, null, null, null, 1, size);
        try {
            return client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS)).size(size)
                            .query(q -> q.bool(b -> filters(b, everything, viewer)
                                    .mustNot(m -> m.ids(i -> i.values(documentId)))
                                    .must(m -> m.moreLikeThis(mlt -> mlt.fields("title", "text")
                                            .like(l -> l.document(d -> d.index(names.alias(IndexNames.DOCUMENTS))
                                                    .id(documentId)))
                                            .minTermFreq(1).minDocFreq(1).maxQueryTerms(25)))))
                            .source(source -> source.filter(f -> f.excludes("text", "content", TextLanguages.FIELD))),
                            ObjectNode.class)
                    .hits().hits().stream().map(hit -> hit(hit, null)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code size} (1 to 100) items that best match a topic, with who contributed to them, ranked as
     * {@link #search} ranks them (by words and meaning, identical copies once) and limited to what the viewer may
     * see (and to items with {@code tag}, unless null): the evidence for expertise location, best first.
     */
    public List<Evidence> evidence(String topic, String tag, Viewer viewer, int size) {
        List<String> ranking = rank(new SearchQuery(topic, null, tag, null, null, null, null, 1, size), viewer, size,
                RankingSignals.ALL);
        if (ranking.isEmpty()) {
            return List.of();
        }
        try {
            Map<String, Hit<ObjectNode>> hits = new HashMap<>();
            client.search(s -> s.index(indices(null)).size(ranking.size()).query(q -> q.ids(i -> i.values(ranking)))
                            .source(source -> source.filter(f -> f.includes(EVIDENCE_FIELDS))), ObjectNode.class)
                    .hits().hits().forEach(hit -> hits.putIfAbsent(hit.id(), hit));
            List<Evidence> evidence = new ArrayList<>();
            for (String id : ranking) {
                Hit<ObjectNode> hit = hits.get(id);
                if (hit != null) {
                    evidence.add(new Evidence(names.itemType(hit.index()), id, title(hit.source()), evidence.size() + 1,
                            Instant.parse(hit.source().path("updatedAt").asText()), hit.source()));
                }
            }
            return evidence;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page request for this ranked query: facets, snippets of the words as typed, did-you-mean; no paging yet. */
    private SearchRequest.Builder request(SearchQuery query, Ranking.Ranked ranked) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(indices(query.type()))
                .query(ranked.query())
                .collapse(c -> c.field(SameContent.FIELD))
                .aggregations(DISTINCT, DISTINCT_COUNT)
                .source(s -> s.filter(f -> f.excludes("text", TextLanguages.FIELD, "body", "whatHappened", "insights")))
                .aggregations("type", a -> a.terms(t -> t.field("_index").size(10)))
                .aggregations("tags", a -> a.terms(t -> t.field("tags").size(20)))
                .aggregations("mediaType", a -> a.terms(t -> t.field("mediaType").size(20)))
                .aggregations("project", a -> a.terms(t -> t.field("project").size(20)))
                .aggregations("year", a -> a.dateHistogram(d -> d.field("updatedAt")
                        .calendarInterval(CalendarInterval.Year).format("yyyy").minDocCount(1)));
        if (query.text().isEmpty()) {
            request.sort(s -> s.field(f -> f.field("updatedAt").order(SortOrder.Desc)));
        } else {
            // Snippets mark the words as typed (and their stems), and the close spellings only when typo
            // tolerance took part (few items matched, so marking them costs little).
            request.highlight(h -> {
                h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .highlightQuery(ranked.highlight());
                SNIPPET_FIELDS.forEach(field -> h.fields(field, f -> f.fragmentSize(SNIPPET_LENGTH)
                        .numberOfFragments(3).noMatchSize(SNIPPET_LENGTH)));
                TextLanguages.FIELDS.forEach(field -> h.fields(field, f -> f.fragmentSize(SNIPPET_LENGTH)
                        .numberOfFragments(3)));
                NAME_SNIPPET_FIELDS.forEach(field -> h.fields(field, f -> f.numberOfFragments(0)));
                return h;
            })
                    .suggest(s -> s.text(query.text())
                            .suggesters(SUGGESTION, fs -> fs.term(t -> t.field("content").suggestMode(SuggestMode.Missing))));
        }
        return request;
    }

    /** The indexes holding items of the requested type; all of them when no type is given. */
    private List<String> indices(String type) {
        if (type == null || type.isBlank()) {
            return SEARCHED_KINDS.stream().map(names::alias).toList();
        }
        return SEARCHED_KINDS.stream().filter(kind -> names.itemType(kind).equals(type)).map(names::alias).findFirst()
                .map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("unknown type '" + type + "'; known types: "
                        + SEARCHED_KINDS.stream().map(names::itemType).toList()));
    }

    /** The query ranking what the viewer may see, narrowed by the query's facets, for its words. */
    private Ranking.Ranked ranked(SearchQuery query, Viewer viewer, RankingSignals signals) throws IOException {
        Query visible = Query.of(q -> q.bool(b -> filters(b, query, viewer)));
        return ranking.query(new QueryText(query.text(), signals.questionWords()), indices(query.type()), visible,
                signals);
    }

    /** What the viewer may see, narrowed by the query's facets; the words are left to the caller. */
    private static BoolQuery.Builder filters(BoolQuery.Builder bool, SearchQuery query, Viewer viewer) {
        List<FieldValue> principals = viewer.principals().stream().map(FieldValue::of).toList();
        bool.filter(f -> f.terms(t -> t.field("readers").terms(v -> v.value(principals))))
                .mustNot(m -> m.term(t -> t.field("archived").value(true)));
        if (query.tag() != null) {
            bool.filter(f -> f.term(t -> t.field("tags").value(query.tag())));
        }
        if (query.project() != null) {
            bool.filter(f -> f.term(t -> t.field("project").value(query.project())));
        }
        if (query.mediaType() != null) {
            bool.filter(f -> f.term(t -> t.field("mediaType").value(query.mediaType())));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("updatedAt");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lt(query.to().plusDays(1).toString());
                }
                return d;
            })));
        }
        return bool;
    }

    private SearchHit hit(Hit<ObjectNode> hit, String passage) {
        ObjectNode source = hit.source();
        List<String> snippets = snippets(hit.highlight());
        Set<String> tags = new TreeSet<>();
        source.path("tags").forEach(tag -> tags.add(tag.asText()));
        return new SearchHit(names.itemType(hit.index()), hit.id(), title(source), snippets,
                hit.score() == null ? 0 : hit.score(), tags, Instant.parse(source.path("updatedAt").asText()),
                text(source, "owner", "author"), texts(source.path("authors")), text(source, "mediaType"),
                text(source, "status"), passage);
    }

    /** A document's title is the one a person gave, else the one in the file, else its file name. */
    /**
     * The text's snippets, then, when the text marks nothing, the snippets of its language's analysis (which
     * found a form of the word the English analysis does not know); then the marked names.
     */
    private static List<String> snippets(Map<String, List<String>> highlight) {
        List<String> snippets = new ArrayList<>();
        SNIPPET_FIELDS.forEach(field -> snippets.addAll(highlight.getOrDefault(field, List.of())));
        if (snippets.stream().noneMatch(snippet -> snippet.contains("<mark>"))) {
            List<String> inLanguage = TextLanguages.FIELDS.stream()
                    .flatMap(field -> highlight.getOrDefault(field, List.of()).stream()).toList();
            if (!inLanguage.isEmpty()) {
                snippets.clear();
                snippets.addAll(inLanguage);
            }
        }
        NAME_SNIPPET_FIELDS.forEach(field -> snippets.addAll(highlight.getOrDefault(field, List.of())));
        return snippets;
    }

    private static String title(ObjectNode source) {
        return text(source, "title", "extractedTitle", "fileName");
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static String text(ObjectNode source, String... fields) {
        for (String field : fields) {
            JsonNode value = source.get(field);
            if (value != null && !value.isNull() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    private Facets facets(Map<String, Aggregate> aggregations) {
        List<Facets.Bucket> types = aggregations.get("type").sterms().buckets().array().stream()
                .map(b -> new Facets.Bucket(names.itemType(b.key().stringValue()), b.docCount())).toList();
        return new Facets(types, terms(aggregations.get("tags")), terms(aggregations.get("project")),
                terms(aggregations.get("mediaType")),
                aggregations.get("year").dateHistogram().buckets().array().stream()
                        .map(b -> new Facets.Bucket(b.keyAsString(), b.docCount())).toList());
    }

    private static List<Facets.Bucket> terms(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream()
                .map(b -> new Facets.Bucket(b.key().stringValue(), b.docCount())).toList();
    }

    /**
     * A correction built from the index's terms (never of words with digits), offered only when the corrected
     * query finds something this viewer may see: the suggester reads every document's terms, so an unchecked suggestion
     * could reveal words of documents the viewer must not know of.
     */
    private String didYouMean(SearchQuery query, SearchResponse<ObjectNode> response, Viewer viewer)
            throws IOException {
        var suggestions = response.suggest().get(SUGGESTION);
        if (suggestions == null) {
            return null;
        }
        String corrected = query.text();
        for (var suggestion : suggestions) {
            var term = suggestion.term();
            // an identifier a typo away is another identifier: never "did you mean INC-20417?"
            if (!term.options().isEmpty() && term.text().chars().noneMatch(Character::isDigit)) {
                corrected = corrected.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(term.text())
                        + "(?![\\p{L}\\p{N}])", Matcher.quoteReplacement(term.options().get(0).text()));
            }
        }
        if (corrected.equals(query.text())) {
            return null;
        }
        // one visible item with the corrected words is enough: stop counting there
        QueryText correctedText = new QueryText(corrected);
        long visible = client.count(c -> c.index(indices(query.type())).terminateAfter(1L)
                .query(q -> q.bool(b -> filters(b, query, viewer).must(Ranking.exactly(correctedText))))).count();
        return visible > 0 ? corrected : null;
    }
}
