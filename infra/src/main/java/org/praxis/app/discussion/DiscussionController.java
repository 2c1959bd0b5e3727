package org.praxis.app.discussion;

import org.praxis.app.practice.Markdown;
import org.praxis.events.discussion.DiscussedItem;
import org.praxis.platform.security.PraxisUser;
import org.praxis.query.discussion.Discussions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * {@code /api/{practices|lessons|documents}/{id}/comments}: the discussion of an item. Everyone who may see the item
 * reads its thread and takes part; a comment is edited or removed by its author only. An item the person may not
 * see answers 404 on every path, as if it did not exist.
 */
@RestController
@RequestMapping("/api/{items:practices|lessons|documents}/{id}/comments")
class DiscussionController {

    private final Comments comments;
    private final Discussions discussions;
    private final DiscussedItems discussedItems;
    private final Markdown markdown;

    DiscussionController(Comments comments, Discussions discussions, DiscussedItems discussedItems,
                         Markdown markdown) {
        this.comments = comments;
        this.discussions = discussions;
        this.discussedItems = discussedItems;
        this.markdown = markdown;
    }

    /** The body of a new or edited comment: Markdown {@code text}, and for a reply the comment it answers. */
    record CommentRequest(String text, String replyTo) {
    }

    @GetMapping
    List<CommentView> thread(@PathVariable String items, @PathVariable String id,
                             @AuthenticationPrincipal PraxisUser user) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        return discussions.thread(item, id).stream().map(comment -> CommentView.of(comment, markdown)).toList();
    }

    @PostMapping
    ResponseEntity<CommentView> post(@PathVariable String items, @PathVariable String id,
                                     @RequestBody CommentRequest request, @AuthenticationPrincipal PraxisUser user) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        String commentId = comments.post(item, id, request.replyTo(), request.text(), user.getUsername());
        return ResponseEntity.created(URI.create("/api/" + items + "/" + id + "/comments/" + commentId))
                .body(CommentView.of(comments.find(item, id, commentId), markdown));
    }

    @PutMapping("/{commentId}")
    CommentView edit(@PathVariable String items, @PathVariable String id, @PathVariable String commentId,
                     @RequestBody CommentRequest request, @AuthenticationPrincipal PraxisUser user) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        comments.edit(item, id, commentId, request.text(), user.getUsername());
        return CommentView.of(comments.find(item, id, commentId), markdown);
    }

    @DeleteMapping("/{commentId}")
    ResponseEntity<Void> remove(@PathVariable String items, @PathVariable String id, @PathVariable String commentId,
                                @AuthenticationPrincipal PraxisUser user) {
        DiscussedItem item = discussedItems.visible(items, id, user);
        comments.remove(item, id, commentId, user.getUsername());
        return ResponseEntity.noContent().build();
    }
}
