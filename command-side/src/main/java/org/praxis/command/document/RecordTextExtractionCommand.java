package org.praxis.command.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.praxis.events.document.ExtractedText;

public record RecordTextExtractionCommand(
        @TargetAggregateIdentifier String documentId, int version, ExtractedText text, String actor) {
}
