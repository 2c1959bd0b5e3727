package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.command.common.Actor;
import org.praxis.events.practice.Reference;

import java.util.List;

/**
 * A new revision: new text (and optionally a new title), why, and what motivated it. It applies only
 * to {@code expectedRevision}, the revision its author read. On a published practice, a sender who is not a
 * curator proposes the revision instead of making it (a curator other than the author decides). Answered with a
 * {@link RevisionOutcome}.
 */
public record RevisePracticeCommand(@TargetAggregateIdentifier String practiceId, String title, String body,
                                    String rationale, List<Reference> motivatedBy, int expectedRevision,
                                    Actor actor) {
}
