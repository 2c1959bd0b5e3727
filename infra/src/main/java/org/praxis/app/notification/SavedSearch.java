package org.praxis.app.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.praxis.query.search.SearchQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * A search a person keeps to run again: its {@code name}, the words {@code q} and the {@code filters} of the search
 * API, and whether they want to hear of new results ({@code notify} in JSON).
 */
public record SavedSearch(String id, String name, String q, Filters filters, @JsonProperty("notify") boolean notifies,
                          Instant createdAt) {

    static final int MAX_NAME = 200;

    /** The search API's filters; each null when not used. */
    public record Filters(String type, String tag, String project, String mediaType, LocalDate from, LocalDate to) {

        static final Filters NONE = new Filters(null, null, null, null, null, null);
    }

    public SavedSearch {
        filters = filters == null ? Filters.NONE : filters;
    }

    /** The search page showing its results now. */
    public String page() {
        StringJoiner params = new StringJoiner("&", "/search?", "");
        add(params, "q", q);
        add(params, "type", filters.type());
        add(params, "tag", filters.tag());
        add(params, "project", filters.project());
        add(params, "mediaType", filters.mediaType());
        add(params, "from", filters.from() == null ? null : filters.from().toString());
        add(params, "to", filters.to() == null ? null : filters.to().toString());
        return params.toString();
    }

    private static void add(StringJoiner params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** The search it runs: its first {@code size} results. */
    SearchQuery query(int size) {
        return new SearchQuery(q, filters.type(), filters.tag(), filters.project(), filters.mediaType(), filters.from(),
                filters.to(), 1, size);
    }
}
