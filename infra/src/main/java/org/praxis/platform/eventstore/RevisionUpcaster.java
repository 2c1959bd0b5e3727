package org.praxis.platform.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one stored revision of an event type as the next: {@link #upgrade} changes the JSON payload (fields
 * added, renamed, reshaped), so event handlers only ever see the current shape; nothing in the store is
 * rewritten. Upcasters of consecutive revisions chain.
 */
abstract class RevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType stored;
    private final SimpleSerializedType next;

    RevisionUpcaster(Class<?> eventType, String storedRevision, String nextRevision) {
        this.stored = new SimpleSerializedType(eventType.getName(), storedRevision);
        this.next = new SimpleSerializedType(eventType.getName(), nextRevision);
    }

    /** The stored payload changed in place into the next revision's shape. */
    abstract void upgrade(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(stored);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(next, JsonNode.class, payload -> {
            upgrade((ObjectNode) payload);
            return payload;
        });
    }
}
