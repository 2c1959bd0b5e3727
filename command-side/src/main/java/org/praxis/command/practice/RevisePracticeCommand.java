package org.praxis.command.practice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.practice.Reference;

import java.util.List;

/**
 * A new revision: new text (and optionally a new title), why, and what motivated it. It applies only
 * to {@code expectedRevision}, the revision its author read; the result is the new revision's number.
 */
public record RevisePracticeCommand(@TargetAggregateIdentifier String practiceId, String title, String body,
                                    String rationale, List<Reference> motivatedBy, int expectedRevision,
                                    String actor) {
}
