package org.praxis.command.gap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.command.common.RequiredText;
import org.praxis.events.gap.UnansweredQueryRecorded;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A question the knowledge base could not answer, recorded every time someone asks it, so that
 * curators see which knowledge is missing and how often it is sought.
 */
@Aggregate
class KnowledgeGap {

    static final int MAX_QUERY_LENGTH = 500;

    @AggregateIdentifier
    private String gapId;

    KnowledgeGap() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordUnansweredQueryCommand command) {
        apply(new UnansweredQueryRecorded(command.gapId(),
                RequiredText.of(command.query(), "a query", MAX_QUERY_LENGTH), command.actor(),
                GenericEventMessage.clock.instant()));
    }

    @EventSourcingHandler
    void on(UnansweredQueryRecorded event) {
        gapId = event.gapId();
    }
}
