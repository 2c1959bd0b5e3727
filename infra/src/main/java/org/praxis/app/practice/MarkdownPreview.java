package org.praxis.app.practice;

import org.praxis.platform.web.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code POST /markdown/preview}: what a Markdown field will look like, rendered exactly as its page will show it
 * (HTML escaped, unsafe links dropped), for the Preview buttons beside practice, adaptation and comment fields. The
 * field's own name is kept ({@code body} or {@code text}), so a button only names the field it previews.
 */
@Page
class MarkdownPreview {

    /** The longest text previewed, like the longest practice body. */
    static final int MAX_LENGTH = 100_000;

    private final Markdown markdown;

    MarkdownPreview(Markdown markdown) {
        this.markdown = markdown;
    }

    @PostMapping(path = "/markdown/preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@RequestParam(required = false) String body, @RequestParam(required = false) String text) {
        String written = body != null ? body : text == null ? "" : text;
        if (written.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a preview shows up to " + MAX_LENGTH + " characters");
        }
        return written.isBlank() ? "<p class=\"muted\">Nothing to preview yet.</p>" : markdown.html(written);
    }
}
