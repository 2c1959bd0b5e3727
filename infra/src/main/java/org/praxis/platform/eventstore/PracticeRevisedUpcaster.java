package org.praxis.platform.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.praxis.events.practice.PracticeRevised;
import org.praxis.events.practice.Reference;
import org.springframework.stereotype.Component;

/**
 * {@code PracticeRevised} revision 1 named the motivating lessons as {@code lessonIds}; revision 2
 * names lessons or documents as {@code motivatedBy} references.
 */
@Component
class PracticeRevisedUpcaster extends RevisionUpcaster {

    PracticeRevisedUpcaster() {
        super(PracticeRevised.class, "1", "2");
    }

    @Override
    void upgrade(ObjectNode payload) {
        JsonNode lessonIds = payload.remove("lessonIds");
        ArrayNode motivatedBy = payload.putArray("motivatedBy");
        if (lessonIds != null) {
            lessonIds.forEach(id -> motivatedBy.addObject()
                    .put("kind", Reference.Kind.LESSON.name())
                    .put("id", id.asText()));
        }
    }
}
