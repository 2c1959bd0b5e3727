package org.praxis.app.eval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;
import org.praxis.query.expertise.Expert;
import org.praxis.query.expertise.ExpertSearch;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores expertise location on a collection whose documents have authors: for each query, the
 * experts are the authors of its relevant documents. Praxis's expert search is compared, in the same
 * run, with the document-centric baseline (Balog's model 2: an author's score is the sum of the BM25
 * scores of their documents among the top 100 for the query).
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

    ExpertiseReport run(TestCollection collection, String tag, Viewer viewer) {
        Map<String, String> authorOf = new HashMap<>();
        collection.docs().forEach(doc -> authorOf.put(doc.id(), AuthorIds.of(doc.author())));
        RankMetrics.Accumulator praxis = new RankMetrics.Accumulator();
        RankMetrics.Accumulator baseline = new RankMetrics.Accumulator();
        collection.queries().forEach((qid, text) -> {
            Set<String> relevant = new HashSet<>();
            collection.judgements().getOrDefault(qid, Map.of()).forEach((doc, gain) -> {
                String author = authorOf.get(doc);
                if (gain > 0 && author != null && !author.equals(Evaluation.ACTOR)) {
                    relevant.add(author);
                }
            });
            if (relevant.isEmpty()) {
                return;
            }
            praxis.add(experts.find(text, EXPERTS, viewer).stream().map(expert -> expert.person().id()).toList(),
                    relevant);
            baseline.add(model2(text, tag), relevant);
        });
        return new ExpertiseReport(praxis.queries(), praxis.mean(), baseline.mean());
    }

    /** Authors ranked by the summed BM25 scores of their documents in the top 100 for the query. */
    private List<String> model2(String text, String tag) {
        try {
            List<Hit<ObjectNode>> hits = client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS))
                    .size(BASELINE_DEPTH)
                    .query(q -> q.bool(b -> b.must(m -> m.match(mt -> mt.field("text").query(text)))
                            .filter(f -> f.term(t -> t.field("tags").value(tag)))))
                    .source(source -> source.filter(f -> f.includes("owner"))), ObjectNode.class).hits().hits();
            Map<String, Double> scores = new HashMap<>();
            for (Hit<ObjectNode> hit : hits) {
                scores.merge(hit.source().path("owner").asText(), hit.score() == null ? 0 : hit.score(), Double::sum);
            }
            scores.remove(Evaluation.ACTOR);
            return scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(EXPERTS).map(Map.Entry::getKey).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
