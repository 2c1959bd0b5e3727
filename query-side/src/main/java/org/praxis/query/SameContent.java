package org.praxis.query;

/**
 * The key under which search folds identical copies into one hit: every searched index (documents, practices,
 * lessons) keeps it in the keyword field {@value #FIELD}. A document's key is the SHA-256 of its current
 * version's bytes, so two uploads of the same bytes share it; a practice's or a lesson's key is its own id.
 * Search collapses on it (Elasticsearch field collapsing: the best-scoring item of each key is listed) and
 * counts the keys, not the items, as its total.
 */
public final class SameContent {

    public static final String FIELD = "contentKey";

    private SameContent() {
    }
}
