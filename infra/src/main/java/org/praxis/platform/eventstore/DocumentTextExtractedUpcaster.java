package org.praxis.platform.eventstore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.events.document.DocumentTextExtracted;
import org.springframework.stereotype.Component;

/**
 * {@code DocumentTextExtracted} revision 2 records the authors a file names; text read before (revision 1) was
 * read without them and is read as revision 2 with no authors (reading the file again finds them).
 */
@Component
class DocumentTextExtractedUpcaster extends RevisionUpcaster {

    DocumentTextExtractedUpcaster() {
        super(DocumentTextExtracted.class, "1", "2");
    }

    @Override
    void upgrade(ObjectNode payload) {
        if (payload.path("text") instanceof ObjectNode text) {
            text.putArray("authors");
        }
    }
}
