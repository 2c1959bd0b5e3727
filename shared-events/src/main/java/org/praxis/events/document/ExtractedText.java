package org.praxis.events.document;

import org.praxis.events.PersonalData;

import java.util.List;

/**
 * What text extraction found in one version: the blob holding the text, its length, and what Tika
 * reported about the file. {@code warnings} tell a reader what was left out (truncated text,
 * embedded documents too deep) so that a partial extraction is never mistaken for a complete one.
 */
public record ExtractedText(
        @PersonalData String textHash,
        long characters,
        String language,
        @PersonalData String title,
        Integer pageCount,
        String extractor,
        List<String> warnings) {

    public ExtractedText {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
