package org.praxis.app.discussion;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.praxis.command.discussion.PostCommentCommand;
import org.praxis.command.discussion.RemoveCommentCommand;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.NotFound;
import org.praxis.platform.web.Page;
import org.praxis.query.discussion.Discussions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * Taking part in a discussion from the item's page: a new comment or a reply, and removing one's own. The thread
 * itself is shown under the item (the {@code discussion :: panel} fragment).
 */
@Page
class DiscussionPages {

    private static final String ITEMS = "/{items:practices|lessons|documents}/{id}/comments";

    private final CommandGateway commands;
    private final Discussions discussions;
    private final DiscussedItems discussedItems;
    private final Mentions mentions;

    DiscussionPages(CommandGateway commands, Discussions discussions, DiscussedItems discussedItems,
                    Mentions mentions) {
        this.commands = commands;
        this.discussions = discussions;
        this.discussedItems = discussedItems;
        this.mentions = mentions;
    }

    @PostMapping(ITEMS)
    String post(@PathVariable String items, @PathVariable String id, @RequestParam String text,
                @RequestParam(required = false) String replyTo, @AuthenticationPrincipal PraxisUser user,
                RedirectAttributes redirect) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        String reply = replyTo == null || replyTo.isBlank() ? null : replyTo;
        commands.sendAndWait(new PostCommentCommand(item.discussionOf(id), item, id, UUID.randomUUID().toString(),
                reply, text, mentions.in(text), user.getUsername()));
        redirect.addFlashAttribute("notice", reply == null ? "Comment posted." : "Reply posted.");
        return "redirect:/" + items + "/" + id + "#discussion";
    }

    @PostMapping(ITEMS + "/{commentId}/remove")
    String remove(@PathVariable String items, @PathVariable String id, @PathVariable String commentId,
                  @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        discussions.find(item, id, commentId).orElseThrow(() -> new NotFound("comment"));
        commands.sendAndWait(new RemoveCommentCommand(item.discussionOf(id), commentId, user.getUsername()));
        redirect.addFlashAttribute("notice", "Comment removed.");
        return "redirect:/" + items + "/" + id + "#discussion";
    }
}
