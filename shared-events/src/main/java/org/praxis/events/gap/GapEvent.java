package org.praxis.events.gap;

import org.praxis.events.AuditedEvent;

/** Something that happened to one knowledge gap: a question asked and not answered, or routed to colleagues. */
public sealed interface GapEvent extends AuditedEvent permits UnansweredQueryRecorded, KnowledgeGapRouted {

    String gapId();

    /** The question as this event's actor asked it, or as it was first asked when the gap was routed. */
    String query();
}
