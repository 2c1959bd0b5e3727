package org.praxis.command.lesson;

import org.praxis.command.common.Actor;

/**
 * A curator approves proposal {@code proposal} of practice {@code practiceId}; the lessons that proposed it link
 * the revision it becomes. Answered with the new revision's number.
 */
public record ApproveProposalCommand(String practiceId, int proposal, Actor actor) {
}
