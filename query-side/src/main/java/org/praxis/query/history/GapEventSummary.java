package org.praxis.query.history;

import org.praxis.events.gap.GapEvent;
import org.praxis.events.gap.KnowledgeGapRouted;

/** A one-line, human description of a knowledge-gap event, quoting the question. */
final class GapEventSummary {

    private GapEventSummary() {
    }

    static String of(GapEvent event) {
        if (event instanceof KnowledgeGapRouted e) {
            return "asked " + String.join(", ", e.experts()) + " to fill the gap '" + e.query() + "'";
        }
        return "searched for '" + event.query() + "' and found nothing";
    }
}
