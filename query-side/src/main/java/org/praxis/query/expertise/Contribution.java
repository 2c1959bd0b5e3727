package org.praxis.query.expertise;

import com.fasterxml.jackson.databind.JsonNode;
import org.praxis.query.search.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.praxis.query.ItemFields.AUTHOR;
import static org.praxis.query.ItemFields.AUTHORS;
import static org.praxis.query.ItemFields.ENDORSERS;
import static org.praxis.query.ItemFields.INSIGHT_AUTHORS;
import static org.praxis.query.ItemFields.OWNER;
import static org.praxis.query.ItemFields.REVISERS;

/**
 * Someone's part in an item, as the item's fields record it: {@code who} is a username, or, when
 * {@code written}, a name as the file itself writes it (a document's {@code authors}). Automatic actors
 * ({@code system:…}) are nobody's evidence.
 */
record Contribution(String who, boolean written, ExpertSearch.Role role) {

    /** Field → part: the uploader of a document, the author of a practice or lesson, and so on. */
    private static final Map<String, ExpertSearch.Role> BY_USERNAME = Map.of(
            OWNER, ExpertSearch.Role.UPLOADED,
            AUTHOR, ExpertSearch.Role.WROTE,
            REVISERS, ExpertSearch.Role.REVISED,
            INSIGHT_AUTHORS, ExpertSearch.Role.GAVE_INSIGHT,
            ENDORSERS, ExpertSearch.Role.ENDORSED);
    private static final String WRITTEN_NAMES = AUTHORS;

    static List<Contribution> of(Evidence item) {
        List<Contribution> contributions = new ArrayList<>();
        BY_USERNAME.forEach((field, role) -> values(item.fields().get(field)).stream()
                .filter(username -> !username.startsWith("system:"))
                .forEach(username -> contributions.add(new Contribution(username, false, role))));
        values(item.fields().get(WRITTEN_NAMES))
                .forEach(name -> contributions.add(new Contribution(name, true, ExpertSearch.Role.WROTE)));
        return contributions;
    }

    private static List<String> values(JsonNode field) {
        List<String> values = new ArrayList<>();
        if (field != null && field.isArray()) {
            field.forEach(value -> values.add(value.asText()));
        } else if (field != null && !field.isNull()) {
            values.add(field.asText());
        }
        return values;
    }
}
