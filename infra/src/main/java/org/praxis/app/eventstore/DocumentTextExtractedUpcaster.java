package org.praxis.app.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.praxis.events.document.DocumentTextExtracted;
import org.springframework.stereotype.Component;

/**
 * {@code DocumentTextExtracted} revision 2 records the authors a file names; text read before (revision 1) was
 * read without them and is read as revision 2 with no authors (reading the file again finds them).
 */
@Component
class DocumentTextExtractedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(DocumentTextExtracted.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(DocumentTextExtracted.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            if (payload.path("text") instanceof ObjectNode text) {
                text.putArray("authors");
            }
            return payload;
        });
    }
}
