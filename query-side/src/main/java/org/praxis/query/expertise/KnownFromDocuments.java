package org.praxis.query.expertise;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.praxis.query.ItemFields.ARCHIVED;
import static org.praxis.query.ItemFields.AUTHORS;
import static org.praxis.query.ItemFields.READERS;

/**
 * The people known only from documents: the authors the files the viewer may see name who match no account
 * (see {@link Identities}), each with how many of those documents name them. They exist only through these
 * documents: erasing or archiving the documents removes them, and an account that claims their name (by its
 * username, display name, other names or e-mail addresses) takes them over.
 */
public class KnownFromDocuments {

    /** How many distinct written names one request reads (a composite aggregation pages through them all). */
    static final int PAGE = 1_000;
    private static final String BY_NAME = "byName";
    private static final String NAME = "name";

    private final ElasticsearchClient client;
    private final IndexNames names;

    public KnownFromDocuments(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /**
     * A person known from documents: {@code id} {@code author:…}, {@code name} one way files write it (the first
     * alphabetically of its spellings), {@code documents} how many visible documents name them (summed over the
     * spellings).
     */
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

    /** Every name the visible documents write, with how many of them write it: all of them, page by page. */
    private Map<String, Long> writtenNames(Viewer viewer) {
        List<FieldValue> principals = viewer.principals().stream().map(FieldValue::of).toList();
        Map<String, Long> written = new LinkedHashMap<>();
        Map<String, FieldValue> after = null;
        try {
            do {
                Map<String, FieldValue> from = after;
                CompositeAggregate page = client.search(s -> s.index(names.alias(IndexNames.DOCUMENTS)).size(0)
                        .query(q -> q.bool(b -> b
                                .filter(f -> f.terms(t -> t.field(READERS).terms(v -> v.value(principals))))
                                .mustNot(m -> m.term(t -> t.field(ARCHIVED).value(true)))))
                        .aggregations(BY_NAME, a -> a.composite(c -> {
                            c.size(PAGE).sources(List.of(Map.of(NAME, CompositeAggregationSource.of(
                                    source -> source.terms(t -> t.field(AUTHORS))))));
                            return from == null ? c : c.after(from);
                        })), Void.class).aggregations().get(BY_NAME).composite();
                page.buckets().array().forEach(bucket -> written.put(bucket.key().get(NAME).stringValue(),
                        bucket.docCount()));
                after = page.buckets().array().size() < PAGE ? null : page.afterKey();
            } while (after != null);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
