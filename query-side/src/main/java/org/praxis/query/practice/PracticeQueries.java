package org.praxis.query.practice;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.AuditedEvent;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.query.EventFold;
import org.praxis.query.ProjectionIndex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Practices as they stand now (from the index, or folded from the event store while the index catches
 * up), as they stood at any past moment or revision (always rebuilt from the event store, never
 * from a stored copy), and what changed between two revisions.
 */
public class PracticeQueries {

    private static final int DIFF_CONTEXT_LINES = 3;

    private final ProjectionIndex<PracticeEntry> index;
    private final EventStore events;

    public PracticeQueries(ProjectionIndex<PracticeEntry> index, EventStore events) {
        this.index = index;
        this.events = events;
    }

    public Optional<PracticeEntry> current(String id) {
        return index.find(id).or(() -> EventFold.fold(events, id, PracticeEvent.class, PracticeChanges::apply));
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
