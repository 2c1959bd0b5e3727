package org.praxis.command.gap;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A curator ({@code actor}) asks colleagues ({@code experts}, usernames of existing accounts) to fill a gap. */
public record RouteKnowledgeGapCommand(@TargetAggregateIdentifier String gapId, List<String> experts, String actor) {

    public RouteKnowledgeGapCommand {
        experts = experts == null ? List.of() : List.copyOf(experts);
    }
}
