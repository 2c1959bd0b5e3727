package org.praxis.app.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.praxis.app.discussion.CommentView;
import org.praxis.app.practice.Markdown;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.DiscussedPage;
import org.praxis.query.discussion.Discussions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The discussion under an item's page and whether the reader watches it: a page that shows an item names it in its
 * model ({@link DiscussedPage#show}, after checking the reader may see it), and this adds {@code thread}
 * (the comments, oldest first, each with its replies), {@code watching} and {@code itemPath} for the
 * {@code discussion :: panel} fragment. The pages of practices, lessons and documents so stay free of the
 * discussion's and the notifications' classes.
 */
@Component
class DiscussionPanel implements HandlerInterceptor {

    private final Discussions discussions;
    private final Notifications notifications;
    private final Markdown markdown;

    DiscussionPanel(Discussions discussions, Notifications notifications, Markdown markdown) {
        this.discussions = discussions;
        this.notifications = notifications;
        this.markdown = markdown;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || !(page.getModel().get(DiscussedPage.ITEM) instanceof DiscussedItem item)
                || !(page.getModel().get(DiscussedPage.ITEM_ID) instanceof String id)
                || !(request.getUserPrincipal() instanceof Authentication signedIn)
                || !(signedIn.getPrincipal() instanceof PraxisUser user)) {
            return;
        }
        page.addObject("thread", discussions.thread(item, id).stream()
                .map(comment -> CommentView.of(comment, markdown)).toList());
        page.addObject("watching", notifications.watching(item, id, user.getUsername()));
        page.addObject("itemPath", "/" + item.path() + "/" + id);
    }
}
