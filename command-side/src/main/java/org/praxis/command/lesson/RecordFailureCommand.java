package org.praxis.command.lesson;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.lesson.Severity;

import java.time.LocalDate;

public record RecordFailureCommand(@TargetAggregateIdentifier String lessonId, String title, String whatHappened,
                                   String project, Severity severity, LocalDate failedOn, String actor) {
}
