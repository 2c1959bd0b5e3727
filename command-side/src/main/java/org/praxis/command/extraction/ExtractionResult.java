package org.praxis.command.extraction;

import org.praxis.events.document.ExtractionFailure;

import java.util.List;

/**
 * What a worker reports for one job: either a {@code failure}, or the facts about the text it wrote.
 * {@code mediaType} is what Tika detected from the bytes, present in both cases when detection ran;
 * {@code authors} are the writers the file's metadata names ({@link FileAuthors}).
 */
public record ExtractionResult(
        String mediaType,
        ExtractionFailure failure,
        long characters,
        String language,
        String title,
        Integer pageCount,
        List<String> warnings,
        List<String> authors) {

    public ExtractionResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    static ExtractionResult failed(String mediaType, ExtractionFailure.Reason reason, String detail) {
        return new ExtractionResult(mediaType, new ExtractionFailure(reason, detail), 0, null, null, null, List.of(),
                List.of());
    }

    public boolean succeeded() {
        return failure == null;
    }
}
