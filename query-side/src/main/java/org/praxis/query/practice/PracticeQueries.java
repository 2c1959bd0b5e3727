package org.praxis.query.practice;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.AuditedEvent;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.query.EventFold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A practice as it stands now, as it stood at any past moment or revision, and what changed between
 * two revisions: always rebuilt from the event store (never from a stored copy), so a revision is
 * visible to its author at once and an auditor sees exactly what was recorded. The index serves search.
 */
public class PracticeQueries {

    private static final int DIFF_CONTEXT_LINES = 3;

    private final EventStore events;

    public PracticeQueries(EventStore events) {
        this.events = events;
    }

    public Optional<PracticeEntry> current(String id) {
        return EventFold.fold(events, id, PracticeEvent.class, PracticeChanges::apply);
    }

    /** The practice exactly as it stood at {@code moment}; empty if it did not exist yet. */
    public Optional<PracticeEntry> asOf(String id, Instant moment) {
        return EventFold.fold(events, id, PracticeEvent.class,
                message -> !(message.getPayload() instanceof AuditedEvent event) || !event.occurredAt().isAfter(moment),
                PracticeChanges::apply);
    }

    /** The practice as it stood from its revision {@code revision} until the next one. */
    public Optional<PracticeEntry> atRevision(String id, int revision) {
        return EventFold.fold(events, id, PracticeEvent.class,
                message -> !(message.getPayload() instanceof PracticeRevised revised) || revised.revision() <= revision,
                PracticeChanges::apply)
                .filter(entry -> entry.revision() == revision);
    }

    /**
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     * @return empty when the practice or one of the revisions does not exist
     */
    public Optional<PracticeDiff> diff(String id, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        Optional<PracticeEntry> before = atRevision(id, from);
        Optional<PracticeEntry> after = atRevision(id, to);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(diff(before.get(), after.get()));
    }

    private static PracticeDiff diff(PracticeEntry before, PracticeEntry after) {
        List<PracticeDiff.FieldChange> fields = new ArrayList<>();
        compare(fields, "title", before.title(), after.title());
        compare(fields, "status", before.status().name(), after.status().name());
        compare(fields, "body", before.body(), after.body());
        List<String> original = before.body().lines().toList();
        List<String> revised = after.body().lines().toList();
        List<String> body = UnifiedDiffUtils.generateUnifiedDiff("revision " + before.revision(),
                "revision " + after.revision(), original, DiffUtils.diff(original, revised), DIFF_CONTEXT_LINES);
        return new PracticeDiff(before.id(), before.revision(), after.revision(), fields, body);
    }

    private static void compare(List<PracticeDiff.FieldChange> fields, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new PracticeDiff.FieldChange(field, before, after));
        }
    }
}
