package org.praxis.app.notification;

import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count of the bell on every page ({@code unreadNotifications}; absent when nobody is signed in). */
@ControllerAdvice(annotations = Page.class)
class NotificationBell {

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Integer unread(@AuthenticationPrincipal PraxisUser user) {
        return user == null ? null : notifications.unread(user);
    }
}
