package org.praxis.query.expertise;

import java.time.Instant;
import java.util.List;

/**
 * A colleague who knows about a topic, and the evidence why: the score (the sum of their items' votes, see
 * {@link ExpertSearch}; only the order means something), up to five items, strongest first, and a one-line
 * explanation.
 */
public record Expert(Person person, double score, List<EvidenceItem> evidence, String explanation) {

    /**
     * Who: a registered person ({@code account}, {@code id} their username) or someone known only from the files
     * that name them ({@code id} {@code author:…}, {@code name} as a file writes it).
     */
    public record Person(String id, String name, boolean account) {
    }

    /**
     * An item that shows the expertise: what it is, the person's part in it ("wrote", "revised", "gave insights
     * on", "endorsed", "uploaded") and when it last changed.
     */
    public record EvidenceItem(String type, String id, String title, String role, Instant date) {
    }
}
