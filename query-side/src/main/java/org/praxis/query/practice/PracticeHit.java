package org.praxis.query.practice;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A best practice as found for a question, with why it ranks where it does: endorsements, a
 * verification that is current or has run out, and whether it comes from another industry
 * (to learn from) or has been deprecated (and what replaces it).
 */
public record PracticeHit(String id, String title, String status, int revision, Set<String> tags, String industry,
                          boolean fromAnotherIndustry, int endorsements, Instant verifiedUntil,
                          boolean verificationExpired, String supersededBy, double score, List<String> highlights,
                          String explanation) {
}
