package org.praxis.tools.eval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.blob.BlobStore;
import org.praxis.blob.StoredBlob;
import org.praxis.command.document.UploadDocumentCommand;
import org.praxis.command.person.RegisterPersonCommand;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.Visibility;
import org.praxis.platform.config.PraxisProperties;
import org.praxis.query.IndexNames;
import org.praxis.query.ItemFields;
import org.praxis.query.Viewer;
import org.praxis.query.search.RankingSignals;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Scores search quality on a test collection through the real pipeline: every document is uploaded
 * as a command, read by the extraction workers, projected into the index, and every query goes
 * through the same search service as {@code GET /api/search}. The same run ranks every query with the
 * plain baseline as well: BM25 over the same title and text fields, English analysis and nothing else
 * ({@code combined_fields}, any word may match), on the same node and the same documents. The queries are
 * ranked several at a time ({@link EachQuery}); the scores do not depend on it.
 */
@Component
public class Evaluation {

    static final String ACTOR = "eval";
    /** How deep rankings go: MAP is measured to depth 1,000, as trec_eval does. */
    static final int RANK_DEPTH = 1_000;
    private static final List<String> BASELINE_FIELDS = List.of(ItemFields.TITLE, ItemFields.TEXT);
    private static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(30);

    private final BlobStore blobs;
    private final CommandGateway commands;
    private final SearchService search;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ExpertiseEvaluation expertise;
    private final boolean semantic;
    /** Whether the importing account is registered yet (every collection is imported by it). */
    private final AtomicBoolean importerRegistered = new AtomicBoolean();

    Evaluation(BlobStore blobs, CommandGateway commands, SearchService search, ElasticsearchClient client,
               IndexNames names, ExpertiseEvaluation expertise, PraxisProperties properties) {
        this.semantic = properties.search().semantic();
        this.expertise = expertise;
        this.blobs = blobs;
        this.commands = commands;
        this.search = search;
        this.client = client;
        this.names = names;
    }

    public EvaluationReport run(TestCollection collection, Consumer<String> progress) {
        return run(collection, progress, false);
    }

    /**
     * Scores the collection; with {@code ablation}, also each variant of {@link RankingSignals#ablation()}
     * (every signal on, each one off in turn, none), to measure what each signal gives.
     */
    public EvaluationReport run(TestCollection collection, Consumer<String> progress, boolean ablation) {
        String tag = "eval-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now();
        Map<String, String> docIds = ingest(collection, tag, progress);
        awaitIndexed(tag, docIds.size(), progress);
        if (semantic) {
            awaitEmbedded(docIds.keySet(), progress);
        }
        Duration ingestion = Duration.between(start, Instant.now());
        mergeSegments();
        Viewer viewer = new Viewer(ACTOR, Set.of());
        Scores praxis = new Scores();
        Scores baseline = new Scores();
        EachQuery.run(collection.queries(), (qid, text) -> new Rankings(
                praxisRanking(text, tag, viewer, docIds, RankingSignals.ALL), baselineRanking(text, tag, docIds)))
                .forEach((qid, rankings) -> {
                    Map<String, Integer> gains = collection.judgements().getOrDefault(qid, Map.of());
                    praxis.add(qid, rankings.praxis(), gains);
                    baseline.add(qid, rankings.baseline(), gains);
                });
        Map<String, RelevanceMetrics> variants = new LinkedHashMap<>();
        if (ablation) {
            RankingSignals.ablation().forEach((name, signals) -> {
                Scores variant = new Scores();
                EachQuery.run(collection.queries(), (qid, text) -> praxisRanking(text, tag, viewer, docIds, signals))
                        .forEach((qid, ranking) -> variant.add(qid, ranking,
                                collection.judgements().getOrDefault(qid, Map.of())));
                variants.put(name, variant.mean());
            });
        }
        return new EvaluationReport(collection.name(), docIds.size(), collection.docs().size() - docIds.size(),
                praxis.judged(), praxis.mean(), baseline.mean(), praxis.rankings, baseline.rankings, variants,
                ingestion, expertise.run(collection, docIds, tag, viewer));
    }

    /** One query's two rankings, in the collection's document ids: Praxis's and the BM25 baseline's. */
    private record Rankings(List<String> praxis, List<String> baseline) {
    }

    /** The rankings of one search and their measures over the judged queries. */
    private static final class Scores {
        private final Map<String, List<String>> rankings = new LinkedHashMap<>();
        private final Map<String, RelevanceMetrics> perQuery = new LinkedHashMap<>();

        void add(String qid, List<String> ranking, Map<String, Integer> gains) {
            rankings.put(qid, ranking);
            if (gains.values().stream().anyMatch(gain -> gain > 0)) {
                perQuery.put(qid, RelevanceMetrics.of(ranking, gains));
            }
        }

        int judged() {
            return perQuery.size();
        }

        RelevanceMetrics mean() {
            return RelevanceMetrics.mean(perQuery.values());
        }
    }

    /** Praxis's ranking to {@link #RANK_DEPTH}, in the collection's document ids. */
    private List<String> praxisRanking(String text, String tag, Viewer viewer, Map<String, String> docIds,
                                       RankingSignals signals) {
        return search.rank(new SearchQuery(text, "document", tag, null, null, null, null, 1, 1), viewer, RANK_DEPTH,
                signals).stream().map(docIds::get).toList();
    }

    /** BM25 with English analysis over title and text, nothing else; ties broken by id, as trec_eval does. */
    private List<String> baselineRanking(String text, String tag, Map<String, String> docIds) {
        try {
            return client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS)).size(RANK_DEPTH)
                            .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("tags").value(tag)))
                                    .must(m -> m.combinedFields(c -> c.query(text).fields(BASELINE_FIELDS)
                                            .operator(CombinedFieldsOperator.Or)))))
                            .source(source -> source.fetch(false)), ObjectNode.class)
                    .hits().hits().stream().map(hit -> docIds.get(hit.id())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Uploads every document that has words, all as the one importing account {@value #ACTOR}: an HTML file of
     * its text (its title where it has no text) that names its authors in {@code meta name=author}, as a
     * company's files name their writers; its title as the document's (cut to fit, as an import would). Returns
     * Praxis document id → collection document id.
     */
    private Map<String, String> ingest(TestCollection collection, String tag, Consumer<String> progress) {
        Map<String, String> docIds = new HashMap<>();
        if (importerRegistered.compareAndSet(false, true)) {
            commands.sendAndWait(new RegisterPersonCommand(ACTOR, "Evaluation importer", ACTOR));
        }
        for (TestCollection.Doc doc : collection.docs()) {
            String body = doc.text().isBlank() ? doc.title() : doc.text();
            if (body.isBlank()) {
                continue;
            }
            try {
                StoredBlob blob = blobs.put(new ByteArrayInputStream(html(doc.authors(), body)));
                String id = UUID.randomUUID().toString();
                commands.sendAndWait(new UploadDocumentCommand(id, UploadDocumentCommand.fittingTitle(doc.title()),
                        new DocumentContent(0, blob.hash(), blob.size(), "text/html", doc.id() + ".html"),
                        Set.of(tag), collection.name(), Visibility.organization(), ACTOR));
                docIds.put(id, doc.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (docIds.size() % 500 == 0) {
                progress.accept(collection.name() + ": uploaded " + docIds.size() + " of " + collection.docs().size()
                        + " documents");
            }
        }
        return docIds;
    }

    private static byte[] html(List<String> authors, String body) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        authors.forEach(author -> html.append("<meta name=\"author\" content=\"").append(HtmlUtils.htmlEscape(author))
                .append("\">\n"));
        html.append("</head><body><p>").append(HtmlUtils.htmlEscape(body)).append("</p></body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void awaitIndexed(String tag, int expected, Consumer<String> progress) {
        Instant deadline = Instant.now().plus(INDEXING_TIMEOUT);
        long indexed = 0;
        while (indexed < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + indexed + " of " + expected + " documents were indexed within "
                        + INDEXING_TIMEOUT.toMinutes() + " minutes");
            }
            long now = indexedCount(tag);
            if (now != indexed) {
                indexed = now;
                progress.accept("indexed " + indexed + " of " + expected + " documents");
            }
            pause();
        }
    }

    /** Waits until every document's passages have their sentence vectors (ranking by meaning needs them). */
    private void awaitEmbedded(Set<String> ids, Consumer<String> progress) {
        Instant deadline = Instant.now().plus(INDEXING_TIMEOUT);
        long embedded = 0;
        while (embedded < ids.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + embedded + " of " + ids.size() + " documents were embedded "
                        + "within " + INDEXING_TIMEOUT.toMinutes() + " minutes");
            }
            long now = embeddedCount(ids);
            if (now != embedded) {
                embedded = now;
                progress.accept("embedded " + embedded + " of " + ids.size() + " documents");
            }
            pause();
        }
    }

    private long embeddedCount(Set<String> ids) {
        try {
            return client.count(c -> c.index(names.alias(IndexNames.PASSAGES)).query(q -> q.bool(b -> b
                    .filter(f -> f.ids(i -> i.values(List.copyOf(ids))))
                    .filter(f -> f.nested(n -> n.path("passages").query(e -> e.exists(x -> x.field("passages.vector")))))))
            ).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment: each document was written several times on its way to
     * "indexed", and the versions replaced but not yet merged away still count in BM25's statistics,
     * differently from run to run. Merged, both rankings see the same statistics every time.
     */
    private void mergeSegments() {
        try {
            client.indices().forcemerge(f -> f.index(names.alias(IndexNames.DOCUMENTS)).maxNumSegments(1L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long indexedCount(String tag) {
        try {
            return client.count(c -> c.index(names.alias(IndexNames.DOCUMENTS)).query(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("tags").value(tag)))
                    .filter(f -> f.term(t -> t.field("status").value("INDEXED")))))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the index", e);
        }
    }
}
