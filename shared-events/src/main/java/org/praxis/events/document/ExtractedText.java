package org.praxis.events.document;

import org.praxis.events.PersonalData;

import java.util.List;

/**
 * What text extraction found in one version: the blob holding the text, its length, and what Tika
 * reported about the file. {@code warnings} tell a reader what was left out (truncated text,
 * embedded documents too deep) so that a partial extraction is never mistaken for a complete one.
 * {@code authors} are the people the file names as its writers, as it writes them (Office and OpenDocument
 * creator and last author, PDF and XMP author, an e-mail's From, HTML's author); empty in events recorded
 * before authors were read (revision 1 of {@link DocumentTextExtracted}).
 */
public record ExtractedText(
        @PersonalData String textHash,
        long characters,
        String language,
        @PersonalData String title,
        Integer pageCount,
        String extractor,
        List<String> warnings,
        @PersonalData List<String> authors) {

    public ExtractedText {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
