package org.praxis.command.extraction;

import org.praxis.events.document.ExtractionFailure;

import java.util.List;

/**
 * What a worker reports for one job: either a {@code failure}, or the facts about the text it wrote.
 * {@code mediaType} is what Tika detected from the bytes, present in both cases when detection ran.
 */
public record ExtractionResult(
        String mediaType,
        ExtractionFailure failure,
        long characters,
        String language,
        String title,
        Integer pageCount,
        List<String> warnings) {

    public ExtractionResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static ExtractionResult failed(String mediaType, ExtractionFailure.Reason reason, String detail) {
        return new ExtractionResult(mediaType, new ExtractionFailure(reason, detail), 0, null, null, null, List.of());
    }

    public boolean succeeded() {
        return failure == null;
    }
}
