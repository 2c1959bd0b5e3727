package org.praxis.query.semantic;

import java.util.List;

/**
 * An item's passages and their vectors, one entry per document, practice or lesson in the {@code passages}
 * index. What the passages were made from is kept so that a change to part of it (a new title, another
 * insight) can make them again.
 *
 * @param kind      {@code document}, {@code practice} or {@code lesson}
 * @param title     the item's title
 * @param version   a document's latest version, whose text the passages will come from
 * @param textHash  a document's extracted text (its blob), null before it is read and for other items
 * @param texts     a practice's body, or a lesson's account and insights, in order
 * @param passages  what the search compares a query with
 */
public record PassageEntry(String kind, String title, int version, String textHash, List<String> texts,
                           List<Passage> passages) {

    public PassageEntry {
        texts = texts == null ? List.of() : List.copyOf(texts);
        passages = passages == null ? List.of() : List.copyOf(passages);
    }

    /** A passage and its unit-length sentence vector ({@link SentenceEmbeddings#DIMENSIONS} dimensions). */
    public record Passage(String text, float[] vector) {
    }
}
