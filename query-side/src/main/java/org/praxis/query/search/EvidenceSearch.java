package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.praxis.query.ItemFields.AUTHOR;
import static org.praxis.query.ItemFields.AUTHORS;
import static org.praxis.query.ItemFields.ENDORSERS;
import static org.praxis.query.ItemFields.EXTRACTED_TITLE;
import static org.praxis.query.ItemFields.FILE_NAME;
import static org.praxis.query.ItemFields.INSIGHT_AUTHORS;
import static org.praxis.query.ItemFields.OWNER;
import static org.praxis.query.ItemFields.REVISERS;
import static org.praxis.query.ItemFields.TITLE;
import static org.praxis.query.ItemFields.UPDATED_AT;

/**
 * The evidence for expertise location: the items that best match a topic, ranked as {@link SearchService}
 * ranks them, with the fields that say who contributed to each.
 */
public class EvidenceSearch {

    private static final List<String> EVIDENCE_FIELDS = List.of(TITLE, EXTRACTED_TITLE, FILE_NAME, OWNER, AUTHOR,
            AUTHORS, REVISERS, ENDORSERS, INSIGHT_AUTHORS, UPDATED_AT);

    private final SearchService search;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final SearchScope scope;

    public EvidenceSearch(SearchService search, ElasticsearchClient client, IndexNames names) {
        this.search = search;
        this.client = client;
        this.names = names;
        this.scope = new SearchScope(names);
    }

    /**
     * The {@code size} (1 to 100) items that best match a topic, best first, ranked as {@link SearchService#search}
     * ranks them (by words and meaning, identical copies once) and limited to what the viewer may see (and to
     * items with {@code tag}, unless null); each with its contributors' fields ({@link Evidence#fields()}).
     */
    public List<Evidence> evidence(String topic, String tag, Viewer viewer, int size) {
        List<String> ranking = search.rank(new SearchQuery(topic, null, tag, null, null, null, null, 1, size), viewer,
                size, RankingSignals.ALL);
        if (ranking.isEmpty()) {
            return List.of();
        }
        try {
            Map<String, Hit<ObjectNode>> hits = new HashMap<>();
            client.search(s -> s.index(scope.indices(null)).size(ranking.size()).query(q -> q.ids(i -> i.values(ranking)))
                            .source(source -> source.filter(f -> f.includes(EVIDENCE_FIELDS))), ObjectNode.class)
                    .hits().hits().forEach(hit -> hits.putIfAbsent(hit.id(), hit));
            List<Evidence> evidence = new ArrayList<>();
            for (String id : ranking) {
                Hit<ObjectNode> hit = hits.get(id);
                if (hit != null) {
                    evidence.add(new Evidence(names.itemType(hit.index()), id, SearchHits.title(hit.source()),
                            evidence.size() + 1, Instant.parse(hit.source().path(UPDATED_AT).asText()), hit.source()));
                }
            }
            return evidence;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
