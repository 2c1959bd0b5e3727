package org.praxis.app.practice;

import org.praxis.events.practice.Reference;
import org.praxis.query.lesson.Recurrences;
import org.praxis.query.practice.PracticeEntry;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A practice as the API shows it, now or {@code asOf} a past moment: its text and standing, the lessons and
 * documents that shaped it (only those the caller may see), and the failures that happened again after a revision
 * a lesson made ({@code recurrences}: "recurred since revision N").
 */
record PracticeView(String id, String title, String body, String status, int revision, Set<String> tags,
                    String industry, int endorsements, Instant verifiedUntil, boolean verificationExpired,
                    String supersededBy, String deprecationReason, String author, List<String> lessons,
                    List<String> documents, List<Recurrences.Recurrence> recurrences, Instant createdAt,
                    Instant updatedAt, Instant asOf) {

    static PracticeView of(PracticeEntry entry, Instant now, Instant asOf, Predicate<String> documentVisible,
                           List<Recurrences.Recurrence> recurrences) {
        return new PracticeView(entry.id(), entry.title(), entry.body(), entry.status().name(), entry.revision(),
                entry.tags(), entry.industry(), entry.endorsements(), entry.verifiedUntil(),
                entry.verificationExpired(asOf == null ? now : asOf), entry.supersededBy(), entry.deprecationReason(),
                entry.author(), ids(entry, Reference.Kind.LESSON, id -> true),
                ids(entry, Reference.Kind.DOCUMENT, documentVisible), recurrences, entry.createdAt(),
                entry.updatedAt(), asOf);
    }

    private static List<String> ids(PracticeEntry entry, Reference.Kind kind, Predicate<String> visible) {
        return entry.motivatedBy().stream().filter(r -> r.kind() == kind).map(Reference::id).filter(visible).toList();
    }
}
