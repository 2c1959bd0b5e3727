package org.praxis.app.notification;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.app.discussion.DiscussedItems;
import org.praxis.command.watch.UnwatchItemCommand;
import org.praxis.command.watch.WatchItemCommand;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notifications page ({@code /notifications}: newest first, links to the items, all marked read on request) and
 * the watch buttons under practices, lessons and documents.
 */
@Page
class NotificationPages {

    static final int SHOWN = 50;

    private final CommandGateway commands;
    private final DiscussedItems discussedItems;
    private final Notifications notifications;

    NotificationPages(CommandGateway commands, DiscussedItems discussedItems, Notifications notifications) {
        this.commands = commands;
        this.discussedItems = discussedItems;
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String inbox(@AuthenticationPrincipal PraxisUser user, Model model) {
        model.addAttribute("inbox", notifications.of(user, 0, SHOWN));
        return "notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        notifications.readAll(user);
        redirect.addFlashAttribute("notice", "All marked read.");
        return "redirect:/notifications";
    }

    @PostMapping("/{items:practices|lessons|documents}/{id}/watch")
    String watch(@PathVariable String items, @PathVariable String id, @RequestParam boolean watching,
                 @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        commands.sendAndWait(watching ? WatchItemCommand.of(item, id, user.getUsername())
                : UnwatchItemCommand.of(item, id, user.getUsername()));
        redirect.addFlashAttribute("notice", watching ? "You watch it now: you hear of comments and changes."
                : "You no longer watch it; a mention still reaches you.");
        return "redirect:/" + items + "/" + id + "#discussion";
    }
}
