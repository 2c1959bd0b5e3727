package org.praxis.command.practice;

/**
 * What a {@link RevisePracticeCommand} did: {@code revision} is the practice's current revision afterwards (the
 * new one, or, for a proposal, the unchanged one it was written against); {@code proposal} is the proposal's
 * number when the revision awaits review, otherwise null.
 */
public record RevisionOutcome(int revision, Integer proposal) {

    public boolean proposed() {
        return proposal != null;
    }
}
