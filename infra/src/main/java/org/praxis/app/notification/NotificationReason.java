package org.praxis.app.notification;

/**
 * Why a person hears of an event: they were mentioned, something happened to an item they watch, a proposed
 * revision awaits their review (curators), or their proposal was decided.
 */
public enum NotificationReason {
    MENTIONED, COMMENTED, REVISED, VERIFIED, DEPRECATED, REVIEW_REQUESTED, PROPOSAL_APPROVED, PROPOSAL_REJECTED
}
