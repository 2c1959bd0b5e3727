package org.praxis.app.search;

import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links of the search page that keep the current question and filters, changing one of them. */
public record SearchLinks(Map<String, String> current) {

    static SearchLinks of(String q, String type, String tag, String project, String mediaType, LocalDate from,
                          LocalDate to) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("type", type);
        params.put("tag", tag);
        params.put("project", project);
        params.put("mediaType", mediaType);
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        return new SearchLinks(params);
    }

    /** The same search, filtered by {@code field} = {@code value} (a year filters from its first to its last day). */
    public String with(String field, String value) {
        Map<String, String> params = new LinkedHashMap<>(current);
        if ("year".equals(field)) {
            params.put("from", value + "-01-01");
            params.put("to", value + "-12-31");
        } else {
            params.put(field, value);
        }
        return link(params);
    }

    public String without(String field) {
        Map<String, String> params = new LinkedHashMap<>(current);
        if ("year".equals(field)) {
            params.remove("from");
            params.remove("to");
        } else {
            params.remove(field);
        }
        return link(params);
    }

    public String page(int page) {
        Map<String, String> params = new LinkedHashMap<>(current);
        params.put("page", Integer.toString(page));
        return link(params);
    }

    public String query(String text) {
        Map<String, String> params = new LinkedHashMap<>(current);
        params.put("q", text);
        return link(params);
    }

    public boolean filtered(String field) {
        return current.get("year".equals(field) ? "from" : field) != null;
    }

    private static String link(Map<String, String> params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUriString();
    }
}
