package org.praxis.app.practice;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a practice's Markdown as HTML that is safe to show: HTML written into the text is
 * escaped, not passed on, and links may only use safe schemes (no {@code javascript:}).
 */
@Component
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String html(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
