package org.praxis.events.practice;

/** A pointer from a practice revision to what motivated it: a lesson or a document. */
public record Reference(Kind kind, String id) {

    public enum Kind { LESSON, DOCUMENT }

    public Reference {
        if (kind == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a reference needs a kind (LESSON or DOCUMENT) and an id");
        }
    }
}
