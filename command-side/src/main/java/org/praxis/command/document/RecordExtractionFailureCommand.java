package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.document.ExtractionFailure;

public record RecordExtractionFailureCommand(
        @TargetAggregateIdentifier String documentId, int version, ExtractionFailure failure, String actor) {
}
