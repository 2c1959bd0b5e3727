package org.praxis.app.eval;

import java.util.Locale;

/** A person id for an author as a collection writes it ("van driest,e.r." → "van-driest-e-r"). */
final class AuthorIds {

    private AuthorIds() {
    }

    static String of(String author) {
        String id = author.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return id.isEmpty() ? Evaluation.ACTOR : "author-" + id;
    }
}
