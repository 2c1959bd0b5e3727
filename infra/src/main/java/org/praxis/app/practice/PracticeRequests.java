package org.praxis.app.practice;

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

    /** The answer to a change: the practice and the revision it is at now. */
    record Receipt(String id, int revision) {
    }
}
