package org.praxis.platform.eventstore;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.events.document.DocumentVersionAdded;
import org.springframework.stereotype.Component;

/**
 * {@code DocumentVersionAdded} revision 2 records the {@code Idempotency-Key} a version was sent with;
 * stored revision-1 events were sent without one and are read as revision 2 with a null key.
 */
@Component
class DocumentVersionAddedUpcaster extends RevisionUpcaster {

    DocumentVersionAddedUpcaster() {
        super(DocumentVersionAdded.class, "1", "2");
    }

    @Override
    void upgrade(ObjectNode payload) {
        payload.putNull("idempotencyKey");
    }
}
