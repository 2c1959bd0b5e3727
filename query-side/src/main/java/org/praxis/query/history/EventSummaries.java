package org.praxis.query.history;

import org.praxis.events.AuditedEvent;
import org.praxis.events.discussion.DiscussionEvent;
import org.praxis.events.document.DocumentEvent;
import org.praxis.events.gap.GapEvent;
import org.praxis.events.lesson.LessonEvent;
import org.praxis.events.person.PersonEvent;
import org.praxis.events.practice.PracticeEvent;

/** A one-line description of any single event, for the organisation-wide audit trail. */
public final class EventSummaries {

    private EventSummaries() {
    }

    public static String of(AuditedEvent event) {
        if (event instanceof DocumentEvent e) {
            return DocumentEventSummary.of(e);
        } else if (event instanceof PracticeEvent e) {
            return new PracticeEventSummary().next(e);
        } else if (event instanceof LessonEvent e) {
            return LessonEventSummary.of(e);
        } else if (event instanceof PersonEvent e) {
            return PersonEventSummary.of(e);
        } else if (event instanceof DiscussionEvent e) {
            return DiscussionEventSummary.of(e);
        } else if (event instanceof GapEvent e) {
            return GapEventSummary.of(e);
        }
        return event.getClass().getSimpleName();
    }
}
