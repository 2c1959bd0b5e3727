package org.praxis.app.notification;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.app.discussion.DiscussedItems;
import org.praxis.command.watch.UnwatchItemCommand;
import org.praxis.command.watch.WatchItemCommand;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/**
 * The notifications page ({@code /notifications}: newest first, links to the items, all marked read on request,
 * and the person's saved searches), saving a search from the search page, and the watch buttons under practices,
 * lessons and documents.
 */
@Page
class NotificationPages {

    static final int SHOWN = 50;

    private final CommandGateway commands;
    private final DiscussedItems discussedItems;
    private final Notifications notifications;
    private final SavedSearches savedSearches;

    NotificationPages(CommandGateway commands, DiscussedItems discussedItems, Notifications notifications,
                      SavedSearches savedSearches) {
        this.savedSearches = savedSearches;
        this.commands = commands;
        this.discussedItems = discussedItems;
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String inbox(@AuthenticationPrincipal PraxisUser user, Model model) {
        model.addAttribute("inbox", notifications.of(user, 0, SHOWN));
        model.addAttribute("savedSearches", savedSearches.of(user.getUsername()));
        return "notifications";
    }

    /** Saves the search shown on the search page (its words and filters) under a name. */
    @PostMapping("/saved-searches")
    String save(@RequestParam String name, @RequestParam(defaultValue = "") String q,
                @RequestParam(required = false) String type, @RequestParam(required = false) String tag,
                @RequestParam(required = false) String project, @RequestParam(required = false) String mediaType,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "false") boolean notify, @AuthenticationPrincipal PraxisUser user,
                RedirectAttributes redirect) {
        SavedSearch saved = savedSearches.save(user, name, q, new SavedSearch.Filters(type, tag, project, mediaType,
                from, to), notify);
        redirect.addFlashAttribute("notice", "Saved '" + saved.name() + "'" + (notify
                ? ": you hear here of each new result." : "."));
        return "redirect:/notifications#saved-searches";
    }

    @PostMapping("/saved-searches/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", savedSearches.delete(user.getUsername(), id)
                ? "Saved search deleted." : "There is no such saved search.");
        return "redirect:/notifications#saved-searches";
    }

    /** Follows a notification to its item, marking it read. */
    @GetMapping("/notifications/{id}")
    String open(@PathVariable long id, @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        return notifications.open(user, id).map(notification -> "redirect:" + notification.page()).orElseGet(() -> {
            redirect.addFlashAttribute("notice", "There is no such notification, or its item is gone.");
            return "redirect:/notifications";
        });
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
