package org.praxis.query.practice;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.praxis.events.AuditedEvent;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.events.practice.PracticeProposalApproved;
import org.praxis.events.practice.PracticeProposalRejected;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.PracticeRevisionProposed;
import org.praxis.query.EventFold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A practice as it stands now, as it stood at any past moment or revision, and what changed between
 * two revisions, and the revisions proposed for it: always rebuilt from the event store (never from a stored copy), so a revision is
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

    /** Every proposal made for the practice, oldest first, as decided so far (without diffs). */
    public List<PracticeProposal> proposals(String id) {
        return EventFold.fold(events, id, PracticeEvent.class, PracticeQueries::propose)
                .map(proposals -> List.copyOf(proposals.values())).orElse(List.of());
    }

    /** One proposal with its diff against the revision it was written against; empty if there is none. */
    public Optional<PracticeProposal> proposal(String id, int number) {
        return proposals(id).stream().filter(proposal -> proposal.number() == number).findFirst()
                .map(proposal -> proposal.withDiff(atRevision(id, proposal.baseRevision())
                        .map(base -> diff(base, "proposal " + number, base.revision() + 1, proposal.title(),
                                base.status(), proposal.body()))
                        .orElse(null)));
    }

    private static Map<Integer, PracticeProposal> propose(Map<Integer, PracticeProposal> proposals,
                                                          PracticeEvent event) {
        Map<Integer, PracticeProposal> next = proposals == null ? new LinkedHashMap<>() : proposals;
        if (event instanceof PracticeRevisionProposed e) {
            next.put(e.proposal(), new PracticeProposal(e.practiceId(), e.proposal(), e.baseRevision(), e.title(),
                    e.body(), e.rationale(), e.motivatedBy(), e.actor(), e.occurredAt(),
                    PracticeProposal.Status.PENDING, null, null, null, null, null));
        } else if (event instanceof PracticeProposalApproved e) {
            next.computeIfPresent(e.proposal(), (number, proposal) -> proposal.decided(
                    PracticeProposal.Status.APPROVED, e.actor(), e.occurredAt(), null, e.revision()));
        } else if (event instanceof PracticeProposalRejected e) {
            next.computeIfPresent(e.proposal(), (number, proposal) -> proposal.decided(
                    PracticeProposal.Status.REJECTED, e.actor(), e.occurredAt(), e.reason(), null));
        }
        return next;
    }

    private static PracticeDiff diff(PracticeEntry before, PracticeEntry after) {
        return diff(before, "revision " + after.revision(), after.revision(), after.title(), after.status(),
                after.body());
    }

    /** {@code before} against a text labelled {@code label} that is, or would be, revision {@code to}. */
    private static PracticeDiff diff(PracticeEntry before, String label, int to, String title, PracticeStatus status,
                                     String text) {
        List<PracticeDiff.FieldChange> fields = new ArrayList<>();
        compare(fields, "title", before.title(), title);
        compare(fields, "status", before.status().name(), status.name());
        compare(fields, "body", before.body(), text);
        List<String> original = before.body().lines().toList();
        List<String> revised = text.lines().toList();
        List<String> body = UnifiedDiffUtils.generateUnifiedDiff("revision " + before.revision(), label, original,
                DiffUtils.diff(original, revised), DIFF_CONTEXT_LINES);
        return new PracticeDiff(before.id(), before.revision(), to, fields, body);
    }

    private static void compare(List<PracticeDiff.FieldChange> fields, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new PracticeDiff.FieldChange(field, before, after));
        }
    }
}
