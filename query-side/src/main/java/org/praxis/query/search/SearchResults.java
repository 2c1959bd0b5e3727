package org.praxis.query.search;

import java.util.List;

/** A page of results. {@code didYouMean} is a corrected query when some words matched nothing, else null. */
public record SearchResults(long total, long tookMs, int page, int size, List<SearchHit> hits, Facets facets,
                            String didYouMean) {
}
