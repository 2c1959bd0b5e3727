package org.praxis.command.extraction;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the text of a stored file. */
public interface TextExtractor {

    /**
     * Writes the text of {@code file} to {@code textFile} and reports what was found. A file that
     * cannot be read gives a failed result, not an exception; exceptions mean the extractor itself is broken.
     *
     * @param fileName the uploader's file name, a hint for type detection only
     */
    ExtractionResult extract(Path file, String fileName, Path textFile) throws IOException;
}
