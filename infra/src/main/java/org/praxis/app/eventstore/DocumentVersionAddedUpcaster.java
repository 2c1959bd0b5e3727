package org.praxis.app.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.praxis.events.document.DocumentVersionAdded;
import org.springframework.stereotype.Component;

/**
 * {@code DocumentVersionAdded} revision 2 records the {@code Idempotency-Key} a version was sent with;
 * stored revision-1 events were sent without one and are read as revision 2 with a null key.
 */
@Component
class DocumentVersionAddedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(DocumentVersionAdded.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(DocumentVersionAdded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class,
                payload -> ((ObjectNode) payload).putNull("idempotencyKey"));
    }
}
