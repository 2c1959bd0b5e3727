package org.praxis.query.history;

import org.praxis.events.lesson.AdaptationLinked;
import org.praxis.events.lesson.AdaptationProposed;
import org.praxis.events.lesson.FailureRecorded;
import org.praxis.events.lesson.FollowUpScheduled;
import org.praxis.events.lesson.InsightAdded;
import org.praxis.events.lesson.LessonClosed;
import org.praxis.events.lesson.OutcomeRecorded;
import org.praxis.events.lesson.LessonEvent;

/** A one-line, human description of a lesson event. */
public final class LessonEventSummary {

    private LessonEventSummary() {
    }

    public static String of(LessonEvent event) {
        if (event instanceof FailureRecorded e) {
            return "recorded the failure '" + e.title() + "' (" + e.severity() + ", " + e.failedOn()
                    + (e.project() == null ? "" : ", project " + e.project()) + ")";
        } else if (event instanceof InsightAdded e) {
            String text = e.text().strip();
            return "added an insight: '" + (text.length() <= 100 ? text : text.substring(0, 100) + "…") + "'";
        } else if (event instanceof AdaptationProposed e) {
            return "proposed a change to practice " + e.practiceId() + " (proposal " + e.proposal()
                    + ", awaiting a curator)";
        } else if (event instanceof AdaptationLinked e) {
            return "changed practice " + e.practiceId() + " in its revision " + e.practiceRevision();
        } else if (event instanceof LessonClosed) {
            return "closed";
        } else if (event instanceof FollowUpScheduled e) {
            return "will check on " + e.on() + " whether the change held";
        } else if (event instanceof OutcomeRecorded e) {
            String note = e.note() == null ? "" : ": '" + (e.note().length() <= 100 ? e.note()
                    : e.note().substring(0, 100) + "…") + "'";
            return (e.held() ? "recorded that the change held" : "recorded that the change did not hold") + note;
        }
        return event.getClass().getSimpleName();
    }
}
