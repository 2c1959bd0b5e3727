package org.praxis.command.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Proposal {@code proposal} of the practice was approved as revision {@code practiceRevision}: the lesson links it
 * if it proposed it (open or closed by now), and records nothing otherwise.
 */
public record LinkApprovedAdaptationCommand(@TargetAggregateIdentifier String lessonId, String practiceId,
                                            int proposal, int practiceRevision, String actor) {
}
