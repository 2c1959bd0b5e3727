package org.praxis.query.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One result. {@code authors} are the writers a document's file names (empty for practices and lessons, whose
 * people are {@code owner}). {@code highlights} are HTML-escaped snippets in which only the matching words are
 * wrapped in {@code <mark>}, so they can be shown as markup safely. {@code passage} is the item's passage
 * closest in meaning to the query, as plain text (escape it to show it), or null when search ranks by
 * words alone or the item has no passages yet. {@code discussion} is a snippet of a comment on the item that
 * matched the words (HTML-escaped, the words in {@code <mark>}), or null.
 */
public record SearchHit(String type, String id, String title, List<String> highlights, double score,
                        Set<String> tags, Instant updatedAt, String owner, List<String> authors, String mediaType,
                        String status, String passage, String discussion) {
}
