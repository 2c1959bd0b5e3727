package org.praxis.query.gap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.praxis.events.gap.KnowledgeGapRouted;
import org.praxis.events.gap.UnansweredQueryRecorded;
import org.praxis.query.ProjectionIndex;

import java.util.HashSet;
import java.util.Set;

/** Keeps the {@code gaps} index: one entry per unanswered question; safe to replay. */
@ProcessingGroup(GapProjection.PROCESSING_GROUP)
public class GapProjection {

    public static final String PROCESSING_GROUP = "gaps";

    private final ProjectionIndex<GapEntry> index;

    public GapProjection(ProjectionIndex<GapEntry> index) {
        this.index = index;
    }

    @EventHandler
    void on(UnansweredQueryRecorded event, @SequenceNumber long sequence) {
        index.apply(event.gapId(), sequence, entry -> {
            if (entry == null) {
                return new GapEntry(event.gapId(), event.query(), 1, Set.of(event.actor()), event.occurredAt(),
                        event.occurredAt(), Set.of());
            }
            Set<String> askers = new HashSet<>(entry.askers());
            askers.add(event.actor());
            return new GapEntry(entry.id(), entry.query(), entry.askedTimes() + 1, askers, entry.firstAskedAt(),
                    event.occurredAt(), entry.routedTo());
        });
    }

    @EventHandler
    void on(KnowledgeGapRouted event, @SequenceNumber long sequence) {
        index.apply(event.gapId(), sequence, entry -> {
            Set<String> routedTo = new HashSet<>(entry.routedTo());
            routedTo.addAll(event.experts());
            return new GapEntry(entry.id(), entry.query(), entry.askedTimes(), entry.askers(), entry.firstAskedAt(),
                    entry.lastAskedAt(), routedTo);
        });
    }

    @ResetHandler
    void onReset() {
        index.startRebuild();
    }
}
