package org.praxis.query.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.query.IndexNames;
import org.praxis.query.document.TextLanguages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.praxis.query.ItemFields.AUTHOR;
import static org.praxis.query.ItemFields.AUTHORS;
import static org.praxis.query.ItemFields.BODY;
import static org.praxis.query.ItemFields.EXTRACTED_TITLE;
import static org.praxis.query.ItemFields.FILE_NAME;
import static org.praxis.query.ItemFields.INSIGHTS_TEXT;
import static org.praxis.query.ItemFields.MEDIA_TYPE;
import static org.praxis.query.ItemFields.OWNER;
import static org.praxis.query.ItemFields.STATUS;
import static org.praxis.query.ItemFields.TAGS;
import static org.praxis.query.ItemFields.TEXT;
import static org.praxis.query.ItemFields.TITLE;
import static org.praxis.query.ItemFields.UPDATED_AT;
import static org.praxis.query.ItemFields.WHAT_HAPPENED;

/** Elasticsearch hits of the searched indexes as {@link SearchHit}s: title, snippets, tags, people, status. */
final class SearchHits {

    /** The text fields whose snippets a hit shows, in this order. */
    static final List<String> SNIPPET_FIELDS = List.of(TEXT, BODY, WHAT_HAPPENED, INSIGHTS_TEXT);
    /**
     * Names are marked too, after the text's snippets, so that an item found by a word of its title or file
     * name shows that word: every hit has a marked word that made it match.
     */
    static final List<String> NAME_SNIPPET_FIELDS = List.of(TITLE, EXTRACTED_TITLE, FILE_NAME);

    private final IndexNames names;

    SearchHits(IndexNames names) {
        this.names = names;
    }

    /**
     * The hit as a search result; {@code passage}: the passage closest to the query by meaning, or null;
     * {@code discussion}: the marked snippet of a comment on it that matched, or null.
     */
    SearchHit from(Hit<ObjectNode> hit, String passage, String discussion) {
        ObjectNode source = hit.source();
        Set<String> tags = new TreeSet<>();
        source.path(TAGS).forEach(tag -> tags.add(tag.asText()));
        return new SearchHit(names.itemType(hit.index()), hit.id(), title(source), snippets(hit.highlight()),
                hit.score() == null ? 0 : hit.score(), tags, Instant.parse(source.path(UPDATED_AT).asText()),
                text(source, OWNER, AUTHOR), texts(source.path(AUTHORS)), text(source, MEDIA_TYPE),
                text(source, STATUS), passage, discussion);
    }

    /**
     * The text's snippets, then, when the text marks nothing, the snippets of its language's analysis (which
     * found a form of the word the English analysis does not know); then the marked names.
     */
    private static List<String> snippets(Map<String, List<String>> highlight) {
        List<String> snippets = new ArrayList<>();
        SNIPPET_FIELDS.forEach(field -> snippets.addAll(highlight.getOrDefault(field, List.of())));
        if (snippets.stream().noneMatch(snippet -> snippet.contains("<mark>"))) {
            List<String> inLanguage = TextLanguages.FIELDS.stream()
                    .flatMap(field -> highlight.getOrDefault(field, List.of()).stream()).toList();
            if (!inLanguage.isEmpty()) {
                snippets.clear();
                snippets.addAll(inLanguage);
            }
        }
        NAME_SNIPPET_FIELDS.forEach(field -> snippets.addAll(highlight.getOrDefault(field, List.of())));
        return snippets;
    }

    /** An item's title: the one a person gave, else the one in the file, else its file name. */
    static String title(ObjectNode source) {
        return text(source, TITLE, EXTRACTED_TITLE, FILE_NAME);
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** The first of these fields with a non-blank value, or null. */
    private static String text(ObjectNode source, String... fields) {
        for (String field : fields) {
            JsonNode value = source.get(field);
            if (value != null && !value.isNull() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}
