package org.praxis.query.search;

import java.util.List;

/** Counts of the matching, visible items by type, tag, project, media type and year, most frequent first. */
public record Facets(List<Bucket> type, List<Bucket> tags, List<Bucket> project, List<Bucket> mediaType,
                     List<Bucket> year) {

    public record Bucket(String value, long count) {
    }
}
