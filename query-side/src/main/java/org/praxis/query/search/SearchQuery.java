package org.praxis.query.search;

import java.time.LocalDate;

/**
 * What a user asked for. {@code text} uses the simple query syntax (words, "phrases", -exclusions,
 * prefix*); blank text browses everything visible, newest first. {@code page} counts from 1.
 */
public record SearchQuery(String text, String type, String tag, String project, String mediaType,
                          LocalDate from, LocalDate to, int page, int size) {

    /** Long enough for a pasted paragraph or abstract ("find what is like this"); 26 CISI queries are longer than 500. */
    public static final int MAX_TEXT_LENGTH = 4_000;
    public static final int MAX_PAGE_SIZE = 100;
    /** Elasticsearch's default {@code index.max_result_window}: deeper pages are refused, not computed. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("a query may have at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page counts from 1");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("results beyond the first " + MAX_RESULT_WINDOW
                    + " are not available; narrow the query instead");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }
}
