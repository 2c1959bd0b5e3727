package org.praxis.query.semantic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.KnnSearch;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranking by meaning (ADR 13): the items the words matched are ordered again by how close their best
 * passage's sentence vector is to the query's (cosine similarity, k-nearest neighbours over the
 * {@code passages} index's HNSW graph), and the two orders are fused ({@link ReciprocalRankFusion}). The
 * neighbour search is filtered to those items, which the viewer may see by construction: no vector of an
 * item the viewer may not see is ever compared, and nothing is found by meaning alone, so every hit still
 * has a word of the query to show.
 */
public class SemanticRanking {

    /** How many of the best word matches are ordered again. */
    public static final int DEPTH = 1_000;
    /**
     * The cosine similarity below which an item found by meaning alone counts as unrelated: all-MiniLM-L6-v2
     * puts unrelated sentences near 0 and paraphrases above 0.5; a problem told in one industry's words and
     * the remedy another industry wrote down land between 0.25 and 0.5 (CrossIndustryPracticesIT).
     */
    static final float RELATED = 0.2f;
    private static final String VECTOR = "passages.vector";

    private final ElasticsearchClient client;
    private final SentenceEmbeddings embeddings;
    private final String passages;

    /** @param passages the alias of the passages index */
    public SemanticRanking(ElasticsearchClient client, SentenceEmbeddings embeddings, String passages) {
        this.client = client;
        this.embeddings = embeddings;
        this.passages = passages;
    }

    /** The query's sentence vector. */
    public float[] embed(String text) {
        return embeddings.embed(text);
    }

    /** The items of {@code byWords} (ids, best first) in their fused order: words and meaning. */
    public List<String> rerank(float[] query, List<String> byWords) {
        if (byWords.isEmpty()) {
            return byWords;
        }
        List<String> byMeaning = nearest(query, byWords, false, null).stream().map(Hit::id).toList();
        return ReciprocalRankFusion.fuse(List.of(byWords, byMeaning));
    }

    /**
     * Up to {@code k} items of {@code among} whose best passage is at least {@value #RELATED} similar (cosine)
     * to the query, closest first: items found by meaning alone, so unrelated ones must stay out.
     */
    public List<String> closest(float[] query, List<String> among, int k) {
        return nearest(query, among, false, RELATED).stream().limit(k).map(Hit::id).toList();
    }

    /** For each of these items that has passages, the passage closest to the query (for its snippet). */
    public Map<String, String> closestPassages(float[] query, List<String> ids) {
        Map<String, String> closest = new HashMap<>();
        for (Hit<ObjectNode> hit : nearest(query, ids, true, null)) {
            hit.innerHits().values().stream().flatMap(inner -> inner.hits().hits().stream()).findFirst()
                    .map(passage -> passage.source().to(ObjectNode.class).path("text").asText(null))
                    .ifPresent(text -> closest.put(hit.id(), text));
        }
        return closest;
    }

    private List<Hit<ObjectNode>> nearest(float[] query, List<String> ids, boolean withPassage, Float minimum) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Float> vector = new ArrayList<>(query.length);
        for (float value : query) {
            vector.add(value);
        }
        KnnSearch knn = KnnSearch.of(k -> {
            k.field(VECTOR).queryVector(vector).k(ids.size()).numCandidates(Math.max(ids.size(), 100))
                    .filter(f -> f.ids(i -> i.values(ids)));
            if (minimum != null) {
                k.similarity(minimum);
            }
            if (withPassage) {
                k.innerHits(inner -> inner.size(1).source(source -> source.filter(f -> f.includes("passages.text"))));
            }
            return k;
        });
        try {
            return client.search(s -> s.index(passages).size(ids.size()).knn(knn).source(source -> source.fetch(false)),
                    ObjectNode.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
