package org.praxis.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.praxis.query.RejectedWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Parks the events behind an index write that Elasticsearch refused for good in their processor's
 * dead-letter queue, in the sequence (the aggregate) the processor itself would use, so that later
 * events of the same aggregate queue up behind them and the retry (see {@link DeadLetterRetry}) and
 * the admin page treat them like any other dead letter.
 */
@Component
public class DeadLetterParking {

    private final ObjectProvider<EventProcessingConfiguration> processing;

    DeadLetterParking(ObjectProvider<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    public RejectedWrites forGroup(String group) {
        return (events, cause) -> {
            SequencedDeadLetterQueue<EventMessage<?>> queue = processing.getObject().deadLetterQueue(group)
                    .orElseThrow(() -> cause);
            for (EventMessage<?> event : events) {
                Object sequence = event instanceof DomainEventMessage<?> domainEvent
                        ? domainEvent.getAggregateIdentifier() : event.getIdentifier();
                queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event, cause));
            }
        };
    }
}
