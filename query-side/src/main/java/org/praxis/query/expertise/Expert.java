package org.praxis.query.expertise;

import java.time.Instant;
import java.util.List;

/** A colleague who knows about a topic, and the evidence why. */
public record Expert(Person person, double score, List<EvidenceItem> evidence, String explanation) {

    public record Person(String id, String name) {
    }

    /** An item that shows the expertise: what it is, the person's part in it, and when it last changed. */
    public record EvidenceItem(String type, String id, String title, String role, Instant date) {
    }
}
