package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A curator ({@code actor}) approved proposal {@code proposal}, written by {@code author}: it becomes revision
 * {@code revision}, recorded by the {@link PracticeRevised} that follows this event, in the author's name.
 */
@Revision("1")
public record PracticeProposalApproved(String practiceId, int proposal, int revision, String author, String actor,
                                       Instant occurredAt) implements PracticeEvent {
}
