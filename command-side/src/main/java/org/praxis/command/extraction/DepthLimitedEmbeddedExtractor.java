package org.praxis.command.extraction;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses embedded documents (attachments, archive entries) down to a fixed depth and remembers
 * when it had to stop, so that a truncated archive is reported instead of silently cut short.
 */
final class DepthLimitedEmbeddedExtractor implements EmbeddedDocumentExtractor {

    private final ParsingEmbeddedDocumentExtractor delegate;
    private final int maxDepth;
    private int depth;
    private boolean limitReached;

    DepthLimitedEmbeddedExtractor(ParseContext context, int maxDepth) {
        this.delegate = new ParsingEmbeddedDocumentExtractor(context);
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (depth >= maxDepth) {
            limitReached = true;
            return false;
        }
        return delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        depth++;
        try {
            delegate.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    boolean limitReached() {
        return limitReached;
    }
}
