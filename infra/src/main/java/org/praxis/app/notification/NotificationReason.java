package org.praxis.app.notification;

/**
 * Why a person hears of an event: they were mentioned, something happened to an item they watch, a proposed
 * revision awaits their review (curators), or their proposal was decided.
 */
public enum NotificationReason {
    MENTIONED("mentioned you"), COMMENTED("commented"), REVISED("revised"), VERIFIED("verified"),
    DEPRECATED("deprecated"), REVIEW_REQUESTED("awaits your review"), PROPOSAL_APPROVED("proposal approved"),
    PROPOSAL_REJECTED("proposal rejected");

    private final String words;

    NotificationReason(String words) {
        this.words = words;
    }

    /** The reason in words, as the notifications page shows it. */
    public String words() {
        return words;
    }
}
