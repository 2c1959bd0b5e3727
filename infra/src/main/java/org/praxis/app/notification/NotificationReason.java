package org.praxis.app.notification;

/**
 * Why a person hears of something: they were mentioned, something happened to an item they watch, a proposed
 * revision awaits their review (curators), their proposal was decided, or a verification they gave or of a practice
 * they wrote ends soon or has ended, a lesson they recorded is due for its follow-up, or a search they saved found
 * something new, or a curator asks them to fill a knowledge gap. At most 20 characters ({@code praxis_notification.reason}).
 */
public enum NotificationReason {
    MENTIONED("mentioned you"), COMMENTED("commented"), REVISED("revised"), VERIFIED("verified"),
    DEPRECATED("deprecated"), REVIEW_REQUESTED("awaits your review"), PROPOSAL_APPROVED("proposal approved"),
    PROPOSAL_REJECTED("proposal rejected"), VERIFICATION_ENDING("verification ends soon"),
    VERIFICATION_EXPIRED("verification expired"), FOLLOW_UP_DUE("follow-up due"),
    SAVED_SEARCH("new for a saved search"), GAP_ROUTED("asks you to fill a gap");

    private final String words;

    NotificationReason(String words) {
        this.words = words;
    }

    /** The reason in words, as the notifications page shows it. */
    public String words() {
        return words;
    }
}
