package org.praxis.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;
import org.praxis.query.document.TextLanguages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.praxis.query.ItemFields.CONTENT;
import static org.praxis.query.ItemFields.TEXT;
import static org.praxis.query.ItemFields.TITLE;

/** "Related documents": visible documents whose words are most like one document's (Elasticsearch more-like-this). */
public class RelatedDocuments {

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final SearchHits hits;

    public RelatedDocuments(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
        this.hits = new SearchHits(names);
    }

    /** Up to {@code size} visible, unarchived documents most like {@code documentId}'s title and text, itself excluded. */
    public List<SearchHit> related(String documentId, Viewer viewer, int size) {
        String documents = names.alias(IndexNames.DOCUMENTS);
        try {
            return client.search(s -> s.index(documents).size(size)
                            .query(q -> q.bool(b -> SearchScope.visible(b, viewer)
                                    .mustNot(m -> m.ids(i -> i.values(documentId)))
                                    .must(m -> m.moreLikeThis(mlt -> mlt.fields(TITLE, TEXT)
                                            .like(l -> l.document(d -> d.index(documents).id(documentId)))
                                            .minTermFreq(1).minDocFreq(1).maxQueryTerms(25)))))
                            .source(source -> source.filter(f -> f.excludes(TEXT, CONTENT, TextLanguages.FIELD))),
                            ObjectNode.class)
                    .hits().hits().stream().map(hit -> hits.from(hit, null, null)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
