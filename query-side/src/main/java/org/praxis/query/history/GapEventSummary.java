package org.praxis.query.history;

import org.praxis.events.gap.GapEvent;
import org.praxis.events.gap.KnowledgeGapRouted;

/**
 * A one-line, human description of a knowledge-gap event. It does not quote the question: what a person searched
 * for is theirs, and it may name what only others may see (the gaps list shows questions to curators, unattributed).
 */
final class GapEventSummary {

    private GapEventSummary() {
    }

    static String of(GapEvent event) {
        if (event instanceof KnowledgeGapRouted e) {
            return "asked " + String.join(", ", e.experts()) + " to fill a knowledge gap";
        }
        return "searched and found nothing";
    }
}
