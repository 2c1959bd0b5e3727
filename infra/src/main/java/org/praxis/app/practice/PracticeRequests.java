package org.praxis.app.practice;

import org.praxis.command.practice.RevisionOutcome;
import org.praxis.events.practice.Reference;

import java.util.List;
import java.util.Set;

/** The bodies the practice endpoints accept. */
final class PracticeRequests {

    private PracticeRequests() {
    }

    record NewPractice(String title, String body, Set<String> tags, String industry, List<Reference> motivatedBy) {
    }

    record Revision(String title, String body, String rationale, Integer expectedRevision,
                    List<Reference> motivatedBy) {
    }

    record Verification(Integer validDays) {
    }

    record Deprecation(String reason, String supersededBy) {
    }

    record Rejection(String reason) {
    }

    /**
     * The answer to a change: the practice and the revision it is at now; {@code proposal} numbers the proposal a
     * revision became when it awaits a curator (null otherwise).
     */
    record Receipt(String id, int revision, Integer proposal) {

        static Receipt of(String id, RevisionOutcome outcome) {
            return new Receipt(id, outcome.revision(), outcome.proposal());
        }
    }
}
