package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.command.common.Actor;

/**
 * A curator approves proposal {@code proposal}, which then becomes the practice's next revision. Answered with an
 * {@link ApprovedProposal}.
 */
public record ApprovePracticeProposalCommand(@TargetAggregateIdentifier String practiceId, int proposal,
                                             Actor actor) {
}
