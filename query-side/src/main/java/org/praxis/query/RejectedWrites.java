package org.praxis.query;

import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/**
 * Where the events go whose index write Elasticsearch refused for good (a document its mapping
 * rejects, say), so that they wait for an administrator instead of being lost or blocking every
 * later event: the processor's dead-letter queue.
 */
@FunctionalInterface
public interface RejectedWrites {

    /** Parks these events, in order, with the reason Elasticsearch gave. */
    void park(List<EventMessage<?>> events, RuntimeException cause);
}
