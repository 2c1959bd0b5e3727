package org.praxis.query.history;

import org.praxis.events.practice.PracticeDeprecated;
import org.praxis.events.practice.PracticeDrafted;
import org.praxis.events.practice.PracticeEndorsed;
import org.praxis.events.practice.PracticeEvent;
import org.praxis.events.practice.PracticeProposalApproved;
import org.praxis.events.practice.PracticeProposalRejected;
import org.praxis.events.practice.PracticePublished;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.PracticeRevisionProposed;
import org.praxis.events.practice.PracticeVerified;

import java.time.ZoneOffset;

/**
 * One-line descriptions of a practice's events, read in order: a revision is described by what it
 * changed ("'Rotate keys yearly' → 'Rotate keys every 90 days' because …"). Used alone, on a single
 * event, it describes what it can without the earlier text.
 */
public final class PracticeEventSummary {

    private static final int QUOTE_LENGTH = 100;

    private String title;
    private String body;

    public String next(PracticeEvent event) {
        String summary = describe(event);
        if (event instanceof PracticeDrafted drafted) {
            title = drafted.title();
            body = drafted.body();
        } else if (event instanceof PracticeRevised revised) {
            title = revised.title();
            body = revised.body();
        }
        return summary;
    }

    private String describe(PracticeEvent event) {
        if (event instanceof PracticeDrafted e) {
            return "drafted '" + e.title() + "' (revision 1)";
        } else if (event instanceof PracticeRevised e) {
            return "revised to revision " + e.revision() + changes(e.title(), e.body()) + " because "
                    + quote(e.rationale());
        } else if (event instanceof PracticeRevisionProposed e) {
            return "proposed a revision of revision " + e.baseRevision() + " (proposal " + e.proposal() + ")"
                    + changes(e.title(), e.body()) + " because " + quote(e.rationale());
        } else if (event instanceof PracticeProposalApproved e) {
            return "approved proposal " + e.proposal() + " by " + e.author() + ": it becomes revision " + e.revision();
        } else if (event instanceof PracticeProposalRejected e) {
            return "rejected proposal " + e.proposal() + " by " + e.author() + " because " + quote(e.reason());
        } else if (event instanceof PracticePublished) {
            return "published";
        } else if (event instanceof PracticeEndorsed) {
            return "endorsed";
        } else if (event instanceof PracticeVerified e) {
            return "verified until " + e.validUntil().atZone(ZoneOffset.UTC).toLocalDate();
        } else if (event instanceof PracticeDeprecated e) {
            return "deprecated because " + quote(e.reason())
                    + (e.supersededBy() == null ? "" : "; superseded by " + e.supersededBy());
        }
        return event.getClass().getSimpleName();
    }

    /** What a new title and text change from the current ones. */
    private String changes(String newTitle, String newBody) {
        StringBuilder changes = new StringBuilder();
        if (title != null && !title.equals(newTitle)) {
            changes.append(": retitled '").append(title).append("' → '").append(newTitle).append('\'');
        }
        if (body != null && !body.equals(newBody)) {
            String[] before = body.split("\n", -1);
            String[] after = newBody.split("\n", -1);
            int line = 0;
            while (line < before.length && line < after.length && before[line].equals(after[line])) {
                line++;
            }
            changes.append(changes.isEmpty() ? ": " : "; ")
                    .append('\'').append(quote(line < before.length ? before[line] : "")).append("' → '")
                    .append(quote(line < after.length ? after[line] : "")).append('\'');
        }
        return changes.toString();
    }

    private static String quote(String text) {
        String line = text.strip();
        return line.length() <= QUOTE_LENGTH ? line : line.substring(0, QUOTE_LENGTH) + "…";
    }
}
