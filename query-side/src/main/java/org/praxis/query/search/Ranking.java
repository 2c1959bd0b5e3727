package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.MtermvectorsResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mtermvectors.MultiTermVectorsOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.query.IndexNames;
import org.praxis.query.document.TextLanguages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.praxis.query.ItemFields.BODY;
import static org.praxis.query.ItemFields.EXTRACTED_TITLE;
import static org.praxis.query.ItemFields.FILE_NAME;
import static org.praxis.query.ItemFields.INSIGHTS_TEXT;
import static org.praxis.query.ItemFields.TAGS;
import static org.praxis.query.ItemFields.TEXT;
import static org.praxis.query.ItemFields.TITLE;
import static org.praxis.query.ItemFields.WHAT_HAPPENED;

/**
 * How search ranks what a person typed (ADR 13), in three steps:
 * <ol>
 *     <li><b>First pass</b>: BM25F over the prose fields as one field ({@code combined_fields}: title, text,
 *     practice body, what happened, insights; English analysis), any word may match, or, when it scores
 *     higher, the text of a German, French, Spanish, Italian, Dutch or Portuguese document analyzed by its
 *     language's rules ({@link TextLanguages}); a smaller share for
 *     file names, titles read from files and tags; a bonus for each pair of neighbouring query words found
 *     within {@value #PROXIMITY_SLOP} positions. Question words are dropped; a query with quotes or operators
 *     ({@code + - |}, {@code *}) is read in the simple query syntax instead, exactly as typed, a quoted phrase
 *     matching every word as written (stop words and negations included). Neighbouring words written as one
 *     ("on call" → "oncall") count as a pair found, and a hyphenated word written spaced ("on-call" → "on call")
 *     as the word found.</li>
 *     <li><b>Typo tolerance</b> only when those words find fewer than {@value #FEW_RESULTS} items: the words
 *     outside quotes may then match within one or two edits, with a smaller weight; words with digits never
 *     do (identifiers are exact). A joined word may then also match its spaced form as a phrase ("oncall" →
 *     "on call", {@link QueryText#spacedForms()}).</li>
 *     <li><b>Feedback</b>: the terms of the {@value #FEEDBACK_ITEMS} best items of the first pass
 *     ({@link RelevanceFeedback}, RM3) re-rank the items that match: the {@value #EXPANSION_TERMS} best terms
 *     share half the score. Every item found still contains a word of the query (the first pass must
 *     match), so quoted phrases stay exact and every hit has a word to highlight.</li>
 * </ol>
 * Both passes run inside the same filter (what the viewer may see, and the facets chosen), so nothing
 * the viewer may not see can shape the ranking of what they see.
 */
public final class Ranking {

    static final List<String> PROSE_FIELDS = List.of(TITLE, TEXT, BODY, WHAT_HAPPENED, INSIGHTS_TEXT);
    static final List<String> NAME_FIELDS = List.of(EXTRACTED_TITLE, FILE_NAME, TAGS);
    /** The simple query syntax reads every field; it serves queries with quotes or operators. */
    static final List<String> ALL_FIELDS = Stream.of(PROSE_FIELDS.subList(0, 1), NAME_FIELDS,
            PROSE_FIELDS.subList(1, PROSE_FIELDS.size()), TextLanguages.FIELDS).flatMap(List::stream).toList();
    /** Quoted phrases match the fields' exact variant: every word as written, stop words included. */
    static final String EXACT_SUFFIX = ".exact";
    private static final List<String> EXACT_PROSE_FIELDS = PROSE_FIELDS.stream().map(field -> field + EXACT_SUFFIX)
            .toList();
    static final int PROXIMITY_SLOP = 3;
    static final float PROXIMITY_WEIGHT = 0.3f;
    static final float NAME_WEIGHT = 0.5f;
    static final float TYPO_WEIGHT = 0.3f;
    static final int FEW_RESULTS = 10;
    static final int FEEDBACK_ITEMS = 10;
    static final int EXPANSION_TERMS = 20;
    /** The share of the score that stays with the words typed (RM3's λ). */
    static final float ORIGINAL_WEIGHT = 0.5f;
    /** Where each kind of item keeps the text its feedback terms are read from. */
    private static final Map<String, String> FEEDBACK_FIELD = Map.of("document", TEXT, "practice", BODY,
            "lesson", WHAT_HAPPENED);

    private final ElasticsearchClient client;
    private final IndexNames names;

    public Ranking(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /**
     * A ranking query and the query that marks, in a hit, the words that made it match: the words as typed
     * and, when typo tolerance took part, their close spellings.
     */
    public record Ranked(Query query, Query highlight) {
    }

    /**
     * The query that ranks the items of {@code indices} allowed by {@code filter} for {@code text}. Runs the
     * first pass and reads the feedback terms (two requests); a blank text lists everything {@code filter} allows.
     */
    Ranked query(QueryText text, List<String> indices, Query filter, RankingSignals signals) throws IOException {
        if (text.text().isEmpty()) {
            return new Ranked(filter, null);
        }
        Query firstPass = firstPass(text, signals);
        SearchResponse<ObjectNode> top = client.search(s -> s.index(indices).size(FEEDBACK_ITEMS)
                .trackTotalHits(t -> t.count(FEW_RESULTS))
                .query(q -> q.bool(b -> b.filter(filter).must(firstPass)))
                .source(source -> source.fetch(false)), ObjectNode.class);
        long found = top.hits().total() == null ? top.hits().hits().size() : top.hits().total().value();
        boolean few = found < FEW_RESULTS;
        List<Query> fallbacks = few ? fallbacks(text, signals, EXACT_PROSE_FIELDS) : List.of();
        Query matching = fallbacks.isEmpty() ? firstPass : either(firstPass, fallbacks);
        Query highlight = fallbacks.isEmpty() ? exactly(text)
                : either(exactly(text), fallbacks(text, signals, PROSE_FIELDS));
        List<RelevanceFeedback.WeightedTerm> expansion = signals.feedback()
                ? RelevanceFeedback.expansion(feedback(top.hits().hits()), EXPANSION_TERMS) : List.of();
        return new Ranked(Query.of(q -> q.bool(b -> {
            b.filter(filter).must(m -> m.bool(original -> original.must(matching).boost(ORIGINAL_WEIGHT)));
            expansion.forEach(term -> b.should(s -> s.disMax(d -> {
                PROSE_FIELDS.forEach(field -> d.queries(t -> t.term(v -> v.field(field).value(term.term()))));
                return d.boost((1 - ORIGINAL_WEIGHT) * (float) term.weight());
            })));
            return b;
        })), highlight);
    }

    /** {@link #query(QueryText, List, Query, RankingSignals)} for what a person typed, with every signal. */
    public Ranked query(String typed, List<String> indices, Query filter) throws IOException {
        return query(new QueryText(typed), indices, filter, RankingSignals.ALL);
    }

    /**
     * The words as typed, their neighbours written as one and their hyphenated words written spaced, for
     * highlighting and for checking a correction: no typo expansions, no feedback terms.
     */
    static Query exactly(QueryText text) {
        String words = String.join(" ", text.text(), String.join(" ", text.joinedPairs())).strip();
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.simpleQueryString(sq -> sq.query(words).fields(ALL_FIELDS)
                    .defaultOperator(Operator.Or).lenient(true)));
            text.hyphenatedSpaced().forEach(spaced -> b.should(s -> s.multiMatch(mm -> mm.query(spaced)
                    .fields(PROSE_FIELDS).type(TextQueryType.Phrase).lenient(true))));
            return b;
        }));
    }

    private static Query firstPass(QueryText text, RankingSignals signals) {
        BoolQuery.Builder ranking = new BoolQuery.Builder().minimumShouldMatch("1");
        if (text.hasSyntax()) {
            ranking.should(s -> s.simpleQueryString(sq -> sq.query(text.text()).fields(ALL_FIELDS)
                    .quoteFieldSuffix(EXACT_SUFFIX).defaultOperator(Operator.Or).lenient(true)));
        } else {
            ranking.should(s -> s.disMax(d -> d
                    .queries(q -> q.combinedFields(c -> c.query(text.text()).fields(PROSE_FIELDS)
                            .operator(CombinedFieldsOperator.Or)))
                    .queries(q -> q.multiMatch(mm -> mm.query(text.text()).fields(TextLanguages.FIELDS)
                            .operator(Operator.Or)))));
            if (signals.nameFields()) {
                ranking.should(s -> s.simpleQueryString(sq -> sq.query(text.text()).fields(NAME_FIELDS)
                        .defaultOperator(Operator.Or).lenient(true).boost(NAME_WEIGHT)));
            }
        }
        for (String pair : signals.proximity() ? text.wordPairs() : List.<String>of()) {
            ranking.should(s -> s.multiMatch(mm -> mm.query(pair).fields(PROSE_FIELDS).type(TextQueryType.Phrase)
                    .slop(PROXIMITY_SLOP).boost(PROXIMITY_WEIGHT)));
        }
        for (String spaced : signals.proximity() ? text.hyphenatedSpaced() : List.<String>of()) {
            ranking.should(s -> s.multiMatch(mm -> mm.query(spaced).fields(EXACT_PROSE_FIELDS)
                    .type(TextQueryType.Phrase).lenient(true).boost(PROXIMITY_WEIGHT)));
        }
        List<String> joined = signals.proximity() ? text.joinedPairs() : List.of();
        if (!joined.isEmpty()) {
            ranking.should(s -> s.combinedFields(c -> c.query(String.join(" ", joined)).fields(PROSE_FIELDS)
                    .operator(CombinedFieldsOperator.Or).boost(PROXIMITY_WEIGHT)));
        }
        return Query.of(q -> q.bool(ranking.build()));
    }

    private static Query either(Query one, List<Query> others) {
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1").should(one).should(others)));
    }

    /**
     * What may match besides the words when they find few items: close spellings, and joined words written spaced
     * as phrases over {@code phraseFields} (the exact fields, which keep stop words and single letters, to match;
     * the analyzed ones, where "on call" is "call", to mark what matched).
     */
    private static List<Query> fallbacks(QueryText text, RankingSignals signals, List<String> phraseFields) {
        List<Query> fallbacks = new ArrayList<>();
        if (signals.typoTolerance() && !text.typoTolerant().isEmpty()) {
            fallbacks.add(typoClause(text));
        }
        List<String> spaced = signals.proximity() ? text.spacedForms() : List.of();
        if (!spaced.isEmpty()) {
            fallbacks.add(Query.of(q -> q.bool(b -> {
                spaced.forEach(form -> b.should(s -> s.multiMatch(mm -> mm.query(form).fields(phraseFields)
                        .type(TextQueryType.Phrase).lenient(true))));
                return b.boost(PROXIMITY_WEIGHT);
            })));
        }
        return fallbacks;
    }

    private static Query typoClause(QueryText text) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(text.typoTolerant()).fields(PROSE_FIELDS).fuzziness("AUTO")
                .prefixLength(1).operator(Operator.Or).lenient(true).boost(TYPO_WEIGHT)));
    }

    /** The top items' indexed terms with their statistics, read with one multi-term-vectors request. */
    private List<RelevanceFeedback.FeedbackItem> feedback(List<Hit<ObjectNode>> top) throws IOException {
        if (top.isEmpty()) {
            return List.of();
        }
        List<MultiTermVectorsOperation> operations = new ArrayList<>();
        Map<String, Double> scores = new HashMap<>();
        for (Hit<ObjectNode> hit : top) {
            String field = FEEDBACK_FIELD.get(names.itemType(hit.index()));
            operations.add(MultiTermVectorsOperation.of(o -> o.index(hit.index()).id(hit.id()).fields(field)));
            scores.put(hit.index() + "/" + hit.id(), hit.score() == null ? 0 : hit.score());
        }
        MtermvectorsResponse vectors = client.mtermvectors(m -> m.docs(operations).termStatistics(true)
                .fieldStatistics(true).positions(false).offsets(false).payloads(false));
        List<RelevanceFeedback.FeedbackItem> items = new ArrayList<>();
        vectors.docs().forEach(doc -> doc.termVectors().values().forEach(vector -> items.add(
                item(scores.get(doc.index() + "/" + doc.id()), vector))));
        return items;
    }

    private static RelevanceFeedback.FeedbackItem item(double score, TermVector vector) {
        Map<String, RelevanceFeedback.TermStatistics> terms = new HashMap<>();
        vector.terms().forEach((term, statistics) -> terms.put(term, new RelevanceFeedback.TermStatistics(
                statistics.termFreq(), statistics.docFreq() == null ? 0 : statistics.docFreq())));
        long items = vector.fieldStatistics() == null ? 0 : vector.fieldStatistics().docCount();
        return new RelevanceFeedback.FeedbackItem(score, terms, items);
    }
}
