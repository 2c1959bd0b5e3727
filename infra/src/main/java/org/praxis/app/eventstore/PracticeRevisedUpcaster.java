package org.praxis.app.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.Reference;
import org.springframework.stereotype.Component;

/**
 * {@code PracticeRevised} revision 1 named the motivating lessons as {@code lessonIds}; revision 2
 * names lessons or documents as {@code motivatedBy} references. Stored revision-1 events are read as
 * revision 2, so event handlers only ever see the current shape; nothing in the store is rewritten.
 */
@Component
class PracticeRevisedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(PracticeRevised.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(PracticeRevised.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            JsonNode lessonIds = event.remove("lessonIds");
            ArrayNode motivatedBy = event.putArray("motivatedBy");
            if (lessonIds != null) {
                lessonIds.forEach(id -> motivatedBy.addObject()
                        .put("kind", Reference.Kind.LESSON.name())
                        .put("id", id.asText()));
            }
            return event;
        });
    }
}
