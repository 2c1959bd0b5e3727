package org.praxis.tools.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.praxis.query.IndexNames;
import org.praxis.query.semantic.Passages;
import org.praxis.query.semantic.SentenceEmbeddings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost of ranking by meaning: passages embedded per second by the passages processor (from the start
 * of the ingest until every uploaded document has its vectors) against the same passages embedded by the
 * model directly, in batches, in the same run. Nothing to measure when semantic search is switched off.
 */
@Component
class SemanticBench {

    private static final int BATCH = 32;
    private static final long GIVE_UP_SECONDS = 3_600;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ObjectProvider<SentenceEmbeddings> embeddings;

    SemanticBench(ElasticsearchClient client, IndexNames names, ObjectProvider<SentenceEmbeddings> embeddings) {
        this.client = client;
        this.names = names;
        this.embeddings = embeddings;
    }

    record Result(int passages, double pipelinePerSecond, double rawPerSecond) {
    }

    /**
     * The passages of the ingested files, embedded from {@code ingestStartedAt} until the processors had caught up
     * ({@code caughtUpAt}, both {@link System#nanoTime}), against the model on the same passages. Null when semantic
     * search is off.
     */
    Result run(List<Path> files, List<String> ids, long ingestStartedAt, long caughtUpAt)
            throws IOException, InterruptedException {
        SentenceEmbeddings model = embeddings.getIfAvailable();
        if (model == null) {
            return null;
        }
        List<String> passages = new ArrayList<>();
        for (Path file : files) {
            passages.addAll(Passages.of(null, Files.readString(file)));
        }
        Timings.awaitUntil(ingestStartedAt, GIVE_UP_SECONDS, 200, "embedding the benchmark's passages",
                () -> embedded(ids) >= ids.size());
        double pipeline = passages.size() / Timings.secondsBetween(ingestStartedAt, caughtUpAt);
        long start = System.nanoTime();
        for (int from = 0; from < passages.size(); from += BATCH) {
            model.embed(passages.subList(from, Math.min(from + BATCH, passages.size())));
        }
        return new Result(passages.size(), pipeline, passages.size() / Timings.secondsSince(start));
    }

    private long embedded(List<String> ids) {
        try {
            return client.count(c -> c.index(names.alias(IndexNames.PASSAGES)).query(q -> q.bool(b -> b
                    .filter(f -> f.ids(i -> i.values(ids)))
                    .filter(f -> f.nested(n -> n.path("passages")
                            .query(e -> e.exists(x -> x.field("passages.vector"))))))))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
