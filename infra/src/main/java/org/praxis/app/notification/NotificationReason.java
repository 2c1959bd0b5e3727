package org.praxis.app.notification;

/** Why a person hears of an event: they were mentioned, or something happened to an item they watch. */
public enum NotificationReason {
    MENTIONED, COMMENTED, REVISED, VERIFIED, DEPRECATED
}
