package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.command.common.Actor;

/** A curator rejects proposal {@code proposal}, saying why; the practice stays as it is. */
public record RejectPracticeProposalCommand(@TargetAggregateIdentifier String practiceId, int proposal,
                                            String reason, Actor actor) {
}
