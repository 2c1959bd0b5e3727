package org.praxis.app.notification;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.app.discussion.DiscussedItems;
import org.praxis.command.watch.UnwatchItemCommand;
import org.praxis.command.watch.WatchItemCommand;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Watching items ({@code PUT}/{@code DELETE}/{@code GET /api/{practices|lessons|documents}/{id}/watch}) and the
 * person's notifications ({@code /api/me/notifications}: newest first with the unread count, one read, all read),
 * and how they hear of them by e-mail ({@code /api/me/notification-settings}).
 * An item the person may not see answers 404, as if it did not exist.
 */
@RestController
class NotificationController {

    private static final String WATCH = "/api/{items:practices|lessons|documents}/{id}/watch";

    private final CommandGateway commands;
    private final DiscussedItems discussedItems;
    private final Notifications notifications;
    private final MailSettings mailSettings;

    NotificationController(CommandGateway commands, DiscussedItems discussedItems, Notifications notifications,
                           MailSettings mailSettings) {
        this.mailSettings = mailSettings;
        this.commands = commands;
        this.discussedItems = discussedItems;
        this.notifications = notifications;
    }

    @PutMapping(WATCH)
    ResponseEntity<Void> watch(@PathVariable String items, @PathVariable String id,
                               @AuthenticationPrincipal PraxisUser user) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        commands.sendAndWait(WatchItemCommand.of(item, id, user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(WATCH)
    ResponseEntity<Void> unwatch(@PathVariable String items, @PathVariable String id,
                                 @AuthenticationPrincipal PraxisUser user) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        commands.sendAndWait(UnwatchItemCommand.of(item, id, user.getUsername()));
        return ResponseEntity.noContent().build();
    }

    /** {@code {"watching": true|false}}, as far as the notifications processor has read the choices. */
    @GetMapping(WATCH)
    Map<String, Boolean> watching(@PathVariable String items, @PathVariable String id,
                                  @AuthenticationPrincipal PraxisUser user) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        return Map.of("watching", notifications.watching(item, id, user.getUsername()));
    }

    @GetMapping("/api/me/notifications")
    Notifications.Inbox inbox(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                              @AuthenticationPrincipal PraxisUser user) {
        return notifications.of(user, page, size);
    }

    @PostMapping("/api/me/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id, @AuthenticationPrincipal PraxisUser user) {
        notifications.read(user, id).orElseThrow(() -> new NotFound("notification"));
        return ResponseEntity.noContent().build();
    }

    /** The body of {@code PUT /api/me/notification-settings}. */
    record SettingsRequest(String email, NotificationSettings.Delivery delivery) {
    }

    @GetMapping("/api/me/notification-settings")
    NotificationSettings settings(@AuthenticationPrincipal PraxisUser user) {
        return mailSettings.of(user.getUsername());
    }

    /** E-mail delivery of one's notifications: NONE, IMMEDIATE or DAILY (400 without a valid address). */
    @PutMapping("/api/me/notification-settings")
    NotificationSettings choose(@RequestBody SettingsRequest request, @AuthenticationPrincipal PraxisUser user) {
        return mailSettings.save(user.getUsername(), request.email(), request.delivery());
    }

    @PostMapping("/api/me/notifications/read-all")
    ResponseEntity<Void> readAll(@AuthenticationPrincipal PraxisUser user) {
        notifications.readAll(user);
        return ResponseEntity.noContent().build();
    }
}
