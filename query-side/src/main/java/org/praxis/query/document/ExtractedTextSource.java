package org.praxis.query.document;

/** Where the projection reads extracted text from: the blob named in {@code DocumentTextExtracted}. */
@FunctionalInterface
public interface ExtractedTextSource {

    /** At most {@code maxCharacters} of the text stored under {@code textHash}. */
    String read(String textHash, int maxCharacters);
}
