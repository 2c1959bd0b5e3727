package org.praxis.app.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import org.praxis.app.imports.PraxisClient;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Search latency through the REST API (HTTP, authentication, visibility filter, ranking, facets,
 * highlights, JSON) against a query of the same shape sent straight to Elasticsearch, both paced at
 * a steady rate of queries per second.
 */
@Component
class SearchBench {

    private static final long PACE_NANOS = 100_000_000L; // 10 queries a second
    private static final List<String> FIELDS = List.of("title^3", "extractedTitle^2", "fileName", "text");

    private final ElasticsearchClient client;
    private final IndexNames names;

    SearchBench(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    record Result(Timings rest, Timings direct) {
    }

    Result run(List<String> queries, PraxisClient praxis) throws Exception {
        Timings rest = new Timings();
        Timings direct = new Timings();
        paced(queries, query -> praxis.get("/api/search?size=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                rest);
        paced(queries, query -> client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS)).size(10)
                .query(q -> q.bool(b -> b
                        .must(m -> m.simpleQueryString(sq -> sq.query(query).fields(FIELDS).defaultOperator(Operator.Or)
                                .lenient(true)))
                        .filter(f -> f.term(t -> t.field("readers").value(Viewer.ORGANIZATION)))))
                .highlight(h -> h.fields("text", f -> f.numberOfFragments(2)))
                .aggregations("tags", a -> a.terms(t -> t.field("tags").size(20)))
                .aggregations("mediaType", a -> a.terms(t -> t.field("mediaType").size(20))), Void.class), direct);
        return new Result(rest, direct);
    }

    interface Search {
        Object run(String query) throws Exception;
    }

    private static void paced(List<String> queries, Search search, Timings timings) throws Exception {
        long next = System.nanoTime();
        for (String query : queries) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long start = System.nanoTime();
            search.run(query);
            timings.add(System.nanoTime() - start);
            next += PACE_NANOS;
        }
    }
}
