package org.praxis.query.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import org.praxis.query.IndexNames;
import org.praxis.query.Viewer;

import java.util.List;

import static org.praxis.query.ItemFields.ARCHIVED;
import static org.praxis.query.ItemFields.MEDIA_TYPE;
import static org.praxis.query.ItemFields.PROJECT;
import static org.praxis.query.ItemFields.READERS;
import static org.praxis.query.ItemFields.TAGS;
import static org.praxis.query.ItemFields.UPDATED_AT;

/**
 * Where a search looks: the indexes of the searched kinds (documents, practices, lessons) and the filter that
 * keeps what the viewer may see, narrowed by a query's facets. Every search entry point starts here, so none
 * can forget visibility.
 */
final class SearchScope {

    static final List<String> SEARCHED_KINDS = List.of(IndexNames.DOCUMENTS, IndexNames.PRACTICES, IndexNames.LESSONS);

    private final IndexNames names;

    SearchScope(IndexNames names) {
        this.names = names;
    }

    IndexNames names() {
        return names;
    }

    /**
     * The aliases of the indexes holding items of {@code type} ({@code document}, {@code practice},
     * {@code lesson}); all of them when no type is given.
     *
     * @throws IllegalArgumentException for an unknown type, naming the known ones
     */
    List<String> indices(String type) {
        if (type == null || type.isBlank()) {
            return SEARCHED_KINDS.stream().map(names::alias).toList();
        }
        return SEARCHED_KINDS.stream().filter(kind -> names.itemType(kind).equals(type)).map(names::alias).findFirst()
                .map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("unknown type '" + type + "'; known types: "
                        + SEARCHED_KINDS.stream().map(names::itemType).toList()));
    }

    /** Adds to {@code bool}: what the viewer may see, archived items left out; the words are left to the caller. */
    static BoolQuery.Builder visible(BoolQuery.Builder bool, Viewer viewer) {
        List<FieldValue> principals = viewer.principals().stream().map(FieldValue::of).toList();
        return bool.filter(f -> f.terms(t -> t.field(READERS).terms(v -> v.value(principals))))
                .mustNot(m -> m.term(t -> t.field(ARCHIVED).value(true)));
    }

    /** Adds to {@code bool}: what the viewer may see, narrowed by the query's tag, project, media type and dates. */
    static BoolQuery.Builder visible(BoolQuery.Builder bool, SearchQuery query, Viewer viewer) {
        visible(bool, viewer);
        if (query.tag() != null) {
            bool.filter(f -> f.term(t -> t.field(TAGS).value(query.tag())));
        }
        if (query.project() != null) {
            bool.filter(f -> f.term(t -> t.field(PROJECT).value(query.project())));
        }
        if (query.mediaType() != null) {
            bool.filter(f -> f.term(t -> t.field(MEDIA_TYPE).value(query.mediaType())));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field(UPDATED_AT);
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lt(query.to().plusDays(1).toString());
                }
                return d;
            })));
        }
        return bool;
    }
}
