package org.praxis.app.discussion;

import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.platform.web.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking part in a discussion from the item's page: a new comment or a reply, and removing one's own. The thread
 * itself is shown under the item (the {@code discussion :: panel} fragment).
 */
@Page
class DiscussionPages {

    private static final String ITEMS = "/{items:practices|lessons|documents}/{id}/comments";

    private final Comments comments;
    private final DiscussedItems discussedItems;

    DiscussionPages(Comments comments, DiscussedItems discussedItems) {
        this.comments = comments;
        this.discussedItems = discussedItems;
    }

    @PostMapping(ITEMS)
    String post(@PathVariable String items, @PathVariable String id, @RequestParam String text,
                @RequestParam(required = false) String replyTo, @AuthenticationPrincipal PraxisUser user,
                RedirectAttributes redirect) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        String reply = replyTo == null || replyTo.isBlank() ? null : replyTo;
        comments.post(item, id, reply, text, user.getUsername());
        redirect.addFlashAttribute("notice", reply == null ? "Comment posted." : "Reply posted.");
        return "redirect:/" + items + "/" + id + "#discussion";
    }

    @PostMapping(ITEMS + "/{commentId}/remove")
    String remove(@PathVariable String items, @PathVariable String id, @PathVariable String commentId,
                  @AuthenticationPrincipal PraxisUser user, RedirectAttributes redirect) {
        comments.remove(discussedItems.visible(items, id, user), id, commentId, user.getUsername());
        redirect.addFlashAttribute("notice", "Comment removed.");
        return "redirect:/" + items + "/" + id + "#discussion";
    }
}
