package org.praxis.query.expertise;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people known only from documents: the authors the files the viewer may see name who match no account
 * (see {@link Identities}), each with how many of those documents name them. They exist only through these
 * documents: erasing or archiving the documents removes them, and an account that claims their name (by its
 * username, display name, other names or e-mail addresses) takes them over.
 */
public class KnownFromDocuments {

    /** How many distinct written names are looked at, most frequent first. */
    static final int MAX_NAMES = 1_000;
    private static final String BY_NAME = "byName";

    private final ElasticsearchClient client;
    private final IndexNames names;

    public KnownFromDocuments(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** A person known from documents: {@code id} {@code author:…}, the name as most files write it. */
    public record Author(String id, String name, long documents) {
    }

    /** Everyone known only from documents the viewer may see, most documents first. */
    public List<Author> list(Viewer viewer) {
        Map<String, Long> written = writtenNames(viewer);
        Identities identities = Identities.of(List.of(), written.keySet(), client, names);
        Map<String, Author> authors = new LinkedHashMap<>();
        written.forEach((name, documents) -> identities.ofName(name).filter(person -> !person.account())
                .ifPresent(person -> authors.merge(person.id(), new Author(person.id(), name, documents),
                        (first, more) -> new Author(first.id(), first.name(), first.documents() + more.documents()))));
        return authors.values().stream()
                .sorted(Comparator.comparingLong(Author::documents).reversed().thenComparing(Author::name))
                .toList();
    }

    private Map<String, Long> writtenNames(Viewer viewer) {
        List<FieldValue> principals = viewer.principals().stream().map(FieldValue::of).toList();
        try {
            List<StringTermsBucket> buckets = client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS)).size(0)
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.terms(t -> t.field("readers").terms(v -> v.value(principals))))
                            .mustNot(m -> m.term(t -> t.field("archived").value(true)))))
                    .aggregations(BY_NAME, a -> a.terms(t -> t.field("authors").size(MAX_NAMES))), Void.class)
                    .aggregations().get(BY_NAME).sterms().buckets().array();
            Map<String, Long> written = new LinkedHashMap<>();
            buckets.forEach(bucket -> written.put(bucket.key().stringValue(), bucket.docCount()));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
