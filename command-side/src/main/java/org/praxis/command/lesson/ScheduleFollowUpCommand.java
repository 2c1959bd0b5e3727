package org.praxis.command.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sets (or moves) the day the lesson's adaptation is to be checked. */
public record ScheduleFollowUpCommand(@TargetAggregateIdentifier String lessonId, LocalDate on, String actor) {
}
