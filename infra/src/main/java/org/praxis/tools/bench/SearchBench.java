package org.praxis.tools.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.praxis.query.Viewer;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchService;
import org.praxis.tools.imports.PraxisClient;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Search latency through the REST API (HTTP, authentication, rate limits, JSON) against the very same
 * search run in process: the same Elasticsearch requests (ranking's first pass and feedback terms, the
 * matches, their order by meaning, the page with facets and snippets), the same query embedding and
 * fusion, without the web layer. The ratio is what the API adds. Each query is sent both ways in turn
 * (which goes first alternates, so neither profits from the other's warm caches), paced at ten queries
 * a second.
 */
@Component
class SearchBench {

    private static final long PACE_NANOS = 100_000_000L; // 10 queries a second
    private static final int PAGE_SIZE = 10;
    private static final int WARM_UP_QUERIES = 20;

    private final ElasticsearchClient client;
    private final SearchService search;

    SearchBench(ElasticsearchClient client, SearchService search) {
        this.client = client;
        this.search = search;
    }

    record Result(Timings rest, Timings direct) {
    }

    Result run(List<String> queries, PraxisClient praxis, String username) throws Exception {
        Viewer viewer = new Viewer(username, Set.of());
        // both paths run unmeasured first, so that neither pays for a cold start (compiling, first connections)
        paced(queries.subList(0, Math.min(WARM_UP_QUERIES, queries.size())), praxis, viewer, new Timings(),
                new Timings());
        Timings rest = new Timings();
        Timings direct = new Timings();
        paced(queries, praxis, viewer, rest, direct);
        return new Result(rest, direct);
    }

    private void paced(List<String> queries, PraxisClient praxis, Viewer viewer, Timings rest, Timings direct)
            throws InterruptedException {
        long next = System.nanoTime();
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            Runnable throughPraxis = () -> timed(rest, () -> praxis.get("/api/search?size=" + PAGE_SIZE + "&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            Runnable straight = () -> timed(direct, () -> search.search(
                    new SearchQuery(query, null, null, null, null, null, null, 1, PAGE_SIZE), viewer));
            (i % 2 == 0 ? throughPraxis : straight).run();
            (i % 2 == 0 ? straight : throughPraxis).run();
            next += PACE_NANOS;
        }
    }

    private static void timed(Timings timings, Callable<?> search) {
        long start = System.nanoTime();
        try {
            search.call();
        } catch (Exception e) {
            throw new IllegalStateException("a benchmark search failed: " + e.getMessage(), e);
        }
        timings.add(System.nanoTime() - start);
    }
}
