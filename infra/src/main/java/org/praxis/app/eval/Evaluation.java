package org.praxis.app.eval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.blob.BlobStore;
import org.praxis.command.blob.StoredBlob;
import org.praxis.command.document.UploadDocumentCommand;
import org.praxis.command.person.RegisterPersonCommand;
import org.praxis.events.document.DocumentContent;
import org.praxis.events.document.Visibility;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;
import org.praxis.query.search.SearchQuery;
import org.praxis.query.search.SearchService;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Scores search quality on a test collection through the real pipeline: every document is uploaded
 * as a command, read by the extraction workers, projected into the index, and every query goes
 * through the same search service as {@code GET /api/search}.
 */
@Component
public class Evaluation {

    static final String ACTOR = "eval";
    private static final int RANK_DEPTH = SearchQuery.MAX_PAGE_SIZE;
    private static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(15);

    private final BlobStore blobs;
    private final CommandGateway commands;
    private final SearchService search;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final ExpertiseEvaluation expertise;

    Evaluation(BlobStore blobs, CommandGateway commands, SearchService search, ElasticsearchClient client,
               IndexNames names, ExpertiseEvaluation expertise) {
        this.expertise = expertise;
        this.blobs = blobs;
        this.commands = commands;
        this.search = search;
        this.client = client;
        this.names = names;
    }

    public EvaluationReport run(TestCollection collection, Consumer<String> progress) {
        String tag = "eval-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now();
        Map<String, String> docIds = ingest(collection, tag, progress);
        awaitIndexed(tag, docIds.size(), progress);
        Duration ingestion = Duration.between(start, Instant.now());
        Viewer viewer = new Viewer(ACTOR, Set.of());
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        Map<String, RelevanceMetrics> perQuery = new LinkedHashMap<>();
        collection.queries().forEach((qid, text) -> {
            List<String> ranking = new ArrayList<>();
            for (String id : search.rank(new SearchQuery(text, "document", tag, null, null, null, null, 1,
                    RANK_DEPTH), viewer)) {
                ranking.add(docIds.get(id));
            }
            rankings.put(qid, ranking);
            Map<String, Integer> gains = collection.judgements().getOrDefault(qid, Map.of());
            if (gains.values().stream().anyMatch(gain -> gain > 0)) {
                perQuery.put(qid, RelevanceMetrics.of(ranking, gains));
            }
        });
        return new EvaluationReport(collection.name(), docIds.size(), collection.docs().size() - docIds.size(),
                perQuery.size(), RelevanceMetrics.mean(perQuery.values()), rankings, ingestion,
                expertise.run(collection, tag, viewer));
    }

    /** Uploads every non-empty document; returns Praxis document id → collection document id. */
    private Map<String, String> ingest(TestCollection collection, String tag, Consumer<String> progress) {
        Map<String, String> docIds = new HashMap<>();
        registerAuthors(collection);
        for (TestCollection.Doc doc : collection.docs()) {
            if (doc.text().isBlank()) {
                continue;
            }
            try {
                StoredBlob blob = blobs.put(new ByteArrayInputStream(doc.text().getBytes(StandardCharsets.UTF_8)));
                String id = UUID.randomUUID().toString();
                commands.sendAndWait(new UploadDocumentCommand(id, doc.title(),
                        new DocumentContent(0, blob.hash(), blob.size(), "text/plain", doc.id() + ".txt"),
                        Set.of(tag), collection.name(), Visibility.organization(), AuthorIds.of(doc.author())));
                docIds.put(id, doc.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (docIds.size() % 200 == 0) {
                progress.accept("uploaded " + docIds.size() + " of " + collection.docs().size() + " documents");
            }
        }
        return docIds;
    }

    /** Every author becomes a person, so that expertise location can find them. */
    private void registerAuthors(TestCollection collection) {
        Set<String> registered = new HashSet<>();
        for (TestCollection.Doc doc : collection.docs()) {
            String id = AuthorIds.of(doc.author());
            if (!id.equals(ACTOR) && registered.add(id)) {
                commands.sendAndWait(new RegisterPersonCommand(id, doc.author(), ACTOR));
            }
        }
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
