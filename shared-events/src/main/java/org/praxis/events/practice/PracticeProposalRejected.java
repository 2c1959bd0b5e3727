package org.praxis.events.practice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A curator ({@code actor}) rejected proposal {@code proposal}, written by {@code author}, saying why. */
@Revision("1")
public record PracticeProposalRejected(String practiceId, int proposal, String author, String reason, String actor,
                                       Instant occurredAt) implements PracticeEvent {
}
