package org.praxis.tools.eval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.query.IndexNames;
import org.praxis.query.ItemFields;
import org.praxis.query.Viewer;
import org.praxis.query.expertise.ExpertSearch;
import org.praxis.query.person.PersonNames;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores expertise location on a collection whose documents have authors, after every document was imported by
 * one account ({@link Evaluation#ACTOR}): for each query, the experts are the authors of its relevant documents,
 * each the person known from documents by that name. Praxis's expert search is compared, in the same run, with the
 * document-centric baseline (Balog, Azzopardi and de Rijke, SIGIR 2006, model 2: an author's score is the sum of
 * the BM25 scores of their documents among the top 100 for the query, every author of a document credited alike),
 * which knows every document's authors from the collection itself. Also counted: how often the importer is
 * Praxis's first expert.
 */
@Component
class ExpertiseEvaluation {

    static final int BASELINE_DEPTH = 100;
    static final int EXPERTS = 10;

    private final ExpertSearch experts;
    private final ElasticsearchClient client;
    private final IndexNames names;

    ExpertiseEvaluation(ExpertSearch experts, ElasticsearchClient client, IndexNames names) {
        this.experts = experts;
        this.client = client;
        this.names = names;
    }

    /** {@code docIds}: Praxis document id → collection document id, as {@link Evaluation} imported them. */
    ExpertiseReport run(TestCollection collection, Map<String, String> docIds, String tag, Viewer viewer) {
        Map<String, List<String>> authorsOf = new HashMap<>();
        collection.docs().forEach(doc -> authorsOf.put(doc.id(), doc.authors().stream()
                .map(PersonNames::knownFromDocuments).flatMap(Optional::stream).distinct().toList()));
        RankMetrics.Accumulator praxis = new RankMetrics.Accumulator();
        RankMetrics.Accumulator baseline = new RankMetrics.Accumulator();
        int[] importerFirst = {0};
        EachQuery.run(collection.queries(), (qid, text) -> {
            Set<String> relevant = new HashSet<>();
            collection.judgements().getOrDefault(qid, Map.of()).forEach((doc, gain) -> {
                if (gain > 0) {
                    relevant.addAll(authorsOf.getOrDefault(doc, List.of()));
                }
            });
            return relevant.isEmpty() ? null : new Rankings(relevant, experts.find(text, tag, EXPERTS, viewer).stream()
                    .map(expert -> expert.person().id()).toList(), model2(text, tag, docIds, authorsOf));
        }).values().stream().filter(Objects::nonNull).forEach(rankings -> {
            if (!rankings.praxis().isEmpty() && rankings.praxis().get(0).equals(Evaluation.ACTOR)) {
                importerFirst[0]++;
            }
            praxis.add(rankings.praxis(), rankings.relevant());
            baseline.add(rankings.baseline(), rankings.relevant());
        });
        return new ExpertiseReport(praxis.queries(), praxis.mean(), baseline.mean(), importerFirst[0]);
    }

    /** One query's experts (the authors of its relevant documents), Praxis's ranking and the baseline's. */
    private record Rankings(Set<String> relevant, List<String> praxis, List<String> baseline) {
    }

    /** Authors ranked by the summed BM25 scores of their documents in the top 100 for the query. */
    private List<String> model2(String text, String tag, Map<String, String> docIds,
                                Map<String, List<String>> authorsOf) {
        try {
            List<Hit<ObjectNode>> hits = client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS))
                    .size(BASELINE_DEPTH)
                    .query(q -> q.bool(b -> b.must(m -> m.match(mt -> mt.field(ItemFields.TEXT).query(text)))
                            .filter(f -> f.term(t -> t.field("tags").value(tag)))))
                    .source(source -> source.fetch(false)), ObjectNode.class).hits().hits();
            Map<String, Double> scores = new HashMap<>();
            for (Hit<ObjectNode> hit : hits) {
                for (String author : authorsOf.getOrDefault(docIds.get(hit.id()), List.of())) {
                    scores.merge(author, hit.score() == null ? 0 : hit.score(), Double::sum);
                }
            }
            return scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(EXPERTS).map(Map.Entry::getKey).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
