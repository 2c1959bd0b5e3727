package org.praxis.command.gap;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordUnansweredQueryCommand(@TargetAggregateIdentifier String gapId, String query, String actor) {
}
