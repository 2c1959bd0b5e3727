package org.praxis.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Runs the same work for every query of a collection, several queries at once, and gives the results in the
 * queries' order: an evaluation waits mostly on Elasticsearch, one request at a time leaves most of the node idle
 * (each search runs on one thread per shard), and the rankings do not depend on the order they were asked in.
 */
final class EachQuery {

    /**
     * How many queries run at once: the size of Elasticsearch's search thread pool on this machine's cores,
     * {@code cores × 3 / 2 + 1} (Elasticsearch reference, "Thread pools"), so that none waits in its queue.
     */
    static final int CONCURRENCY = Runtime.getRuntime().availableProcessors() * 3 / 2 + 1;

    private EachQuery() {
    }

    /**
     * {@code work(query id, query text)} for each of {@code queries} (id → text), in their order; a result may
     * be {@code null} (nothing to count for that query). The first failure of any query is thrown.
     */
    static <T> Map<String, T> run(Map<String, String> queries, BiFunction<String, String, T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Map.Entry<String, Future<T>>> pending = new ArrayList<>();
            queries.forEach((qid, text) -> pending.add(Map.entry(qid, pool.submit(() -> work.apply(qid, text)))));
            Map<String, T> results = new LinkedHashMap<>();
            for (Map.Entry<String, Future<T>> query : pending) {
                results.put(query.getKey(), query.getValue().get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("query failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ranking the queries", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
