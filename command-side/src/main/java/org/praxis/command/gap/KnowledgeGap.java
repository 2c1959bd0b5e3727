package org.praxis.command.gap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.praxis.command.common.RequiredText;
import org.praxis.command.common.RuleViolation;
import org.praxis.events.gap.KnowledgeGapRouted;
import org.praxis.events.gap.UnansweredQueryRecorded;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A question the knowledge base could not answer, recorded every time someone asks it, so that
 * curators see which knowledge is missing and how often it is sought, and ask colleagues to fill it.
 */
@Aggregate
class KnowledgeGap {

    static final int MAX_QUERY_LENGTH = 500;

    /** The most colleagues one routing asks at once. */
    static final int MAX_EXPERTS = 10;

    @AggregateIdentifier
    private String gapId;
    private String firstQuery;
    private final Set<String> asked = new HashSet<>();

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

    /**
     * Asks the named colleagues who were not asked before; a curator cannot ask themself.
     *
     * @return the usernames asked now, in the order named
     *
     * @throws IllegalArgumentException when nobody, or more than {@value #MAX_EXPERTS}, or the curator is named
     * @throws RuleViolation            when everyone named was asked already
     */
    @CommandHandler
    List<String> handle(RouteKnowledgeGapCommand command) {
        Set<String> named = new LinkedHashSet<>(command.experts());
        if (named.isEmpty() || named.size() > MAX_EXPERTS) {
            throw new IllegalArgumentException("name 1 to " + MAX_EXPERTS + " colleagues to ask");
        }
        if (named.contains(command.actor())) {
            throw new IllegalArgumentException("ask colleagues, not yourself");
        }
        List<String> notAskedYet = named.stream().filter(expert -> !asked.contains(expert)).toList();
        if (notAskedYet.isEmpty()) {
            throw new RuleViolation("everyone named was asked to fill this gap already");
        }
        apply(new KnowledgeGapRouted(gapId, firstQuery, notAskedYet, command.actor(),
                GenericEventMessage.clock.instant()));
        return notAskedYet;
    }

    @EventSourcingHandler
    void on(UnansweredQueryRecorded event) {
        gapId = event.gapId();
        if (firstQuery == null) {
            firstQuery = event.query();
        }
    }

    @EventSourcingHandler
    void on(KnowledgeGapRouted event) {
        asked.addAll(event.experts());
    }
}
